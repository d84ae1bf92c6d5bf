import { STODFORM_ETIKETT } from '@vg/shared-schema';
import { kommunFilterHref, malgruppFilterHref, stodformFilterHref } from './routes.ts';
import type { SiteIndex } from './site-index.ts';
import type { FilterGroup } from './view-models.ts';
import { livssituationHref } from './views.ts';

export interface FilterGroups {
  kommun: FilterGroup;
  malgrupp: FilterGroup;
  livssituation: FilterGroup;
  stodform: FilterGroup;
}

const built = new WeakMap<SiteIndex, FilterGroups>();

/**
 * The Vägval filters (labels, hrefs, counts), the same on every filter page and on Hitta rätt:
 * computed once per build, not once per page (there are ~300 filter pages).
 */
export function filterGroups(site: SiteIndex): FilterGroups {
  const known = built.get(site);
  if (known) return known;
  const groups: FilterGroups = {
    kommun: {
      label: 'Var bor du?',
      items: site
        .kommunerMedInsatser()
        .map((k) => ({ href: kommunFilterHref(k.data.slug), label: k.data.namn, count: site.insatserIKommun(k.data.documentId).length })),
    },
    malgrupp: {
      label: 'Vem är du?',
      items: site.malgrupperMedInsatser().map((m) => ({
        href: malgruppFilterHref(m.data.slug),
        label: m.data.namn,
        count: site.insatserForMalgrupp(m.data.documentId).length,
      })),
    },
    livssituation: {
      label: 'Hur har du det?',
      items: site.livssituationerMedInsatser().map((l) => ({
        href: livssituationHref(l.data.slug),
        label: l.data.namn,
        count: site.insatserForLivssituation(l.data.documentId).length,
      })),
    },
    stodform: {
      label: 'Typ av stöd',
      items: site
        .stodformerMedInsatser()
        .map((s) => ({ href: stodformFilterHref(s), label: STODFORM_ETIKETT[s], count: site.insatserForStodform(s).length })),
    },
  };
  built.set(site, groups);
  return groups;
}
