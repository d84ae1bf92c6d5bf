/**
 * The site's URL scheme, written once: the CMS's snapshot paths, the site's links and routes,
 * the sitemap and the guide's cards all build their addresses here. No imports, so the
 * browser can use it too (`@vg/shared-schema/paths`); `browser-subpaths.test.ts` keeps it so.
 */

/** The sections of the site: each a list page, most with an entry page per item under them. */
export const SECTION_PATHS = {
  hittaRatt: '/hitta-ratt',
  vagval: '/vagval',
  berattelser: '/berattelser',
  kedjor: '/sa-fungerar-valfardssystemet',
  fragor: '/vanliga-fragor',
  aktorer: '/aktorer',
  begrepp: '/begrepp',
  forbund: '/samordningsforbund',
} as const;

/** Pages that are neither sections nor entries. */
export const PAGE_PATHS = {
  start: '/',
  om: '/om',
  tillganglighetsredogorelse: '/tillganglighetsredogorelse',
  lamnaForslag: '/lamna-forslag',
  oppnaData: '/oppna-data',
  sok: '/sok',
  /** The visitor's saved insatser, kept in their browser only; not indexed, not in the sitemap. */
  minLista: '/min-lista',
} as const;

/** Where each kind of entry is shown, from its slug. FAQ and glossary entries are anchors on their section's page. */
export const ENTRY_PATHS = {
  insats: (slug: string) => `${SECTION_PATHS.vagval}/${slug}`,
  insatsLattlast: (slug: string) => `${SECTION_PATHS.vagval}/${slug}/lattlast`,
  kedja: (slug: string) => `${SECTION_PATHS.kedjor}/${slug}`,
  berattelse: (slug: string) => `${SECTION_PATHS.berattelser}/${slug}`,
  aktor: (slug: string) => `${SECTION_PATHS.aktorer}/${slug}`,
  fraga: (slug: string) => `${SECTION_PATHS.fragor}#${slug}`,
  begrepp: (slug: string) => `${SECTION_PATHS.begrepp}#${slug}`,
  forbund: (slug: string) => `${SECTION_PATHS.forbund}/${slug}`,
} as const;

/** Vägval narrowed by one thing: `/vagval/<facet>/<value>`. */
export const VAGVAL_FACETS = ['kommun', 'malgrupp', 'livssituation', 'stodform'] as const;
export type VagvalFacet = (typeof VAGVAL_FACETS)[number];
export const vagvalFacetPath = (facet: VagvalFacet, value: string) => `${SECTION_PATHS.vagval}/${facet}/${value}`;

/** Insatser with free places now. */
export const LEDIGA_PLATSER_PATH = `${SECTION_PATHS.vagval}/lediga-platser`;

/** Names under /vagval/ that are pages of their own, so no insats may use them as its slug. */
export const RESERVED_VAGVAL_SLUGS: readonly string[] = [...VAGVAL_FACETS, 'lediga-platser'];
