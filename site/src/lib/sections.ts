/** The site's sections, as the main menu and the search page name them. Paths come from the one URL scheme. */
import { SECTION_PATHS } from '@vg/shared-schema/paths';

export interface Section {
  href: string;
  /** In the main menu. */
  label: string;
  /** In the search page's lists of all content, for sections that list content; null for the guide. */
  listLabel: string | null;
}

export const SECTIONS: readonly Section[] = [
  { href: SECTION_PATHS.hittaRatt, label: 'Hitta rätt', listLabel: null },
  { href: SECTION_PATHS.vagval, label: 'Vägval', listLabel: 'Vägval: alla insatser' },
  { href: SECTION_PATHS.berattelser, label: 'Berättelser', listLabel: 'Berättelser' },
  { href: SECTION_PATHS.kedjor, label: 'Så fungerar välfärdssystemet', listLabel: 'Så fungerar välfärdssystemet' },
  { href: SECTION_PATHS.fragor, label: 'Vanliga frågor', listLabel: 'Vanliga frågor' },
  { href: SECTION_PATHS.aktorer, label: 'Aktörer', listLabel: 'Aktörer' },
  { href: SECTION_PATHS.begrepp, label: 'Begrepp', listLabel: 'Ord och begrepp' },
];

/** The lists that together hold all content: where the search page sends a visitor without JavaScript. */
export const CONTENT_LISTS = SECTIONS.flatMap((s) => (s.listLabel ? [{ href: s.href, label: s.listLabel }] : []));
