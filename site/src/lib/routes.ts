/** Every page the site builds, for the sitemap (and the build test that checks it). */
import { LEDIGA_PLATSER_PATH, PAGE_PATHS, SECTION_PATHS, vagvalFacetPath } from '@vg/shared-schema/paths';
import type { SiteIndex } from './site-index.ts';
import { aktorHref, berattelseHref, forbundHref, insatsHref, kedjaHref, lattlastHref, livssituationHref } from './views.ts';

export { RESERVED_VAGVAL_SLUGS } from '@vg/shared-schema/paths';
export const kommunFilterHref = (slug: string) => vagvalFacetPath('kommun', slug);
export const malgruppFilterHref = (slug: string) => vagvalFacetPath('malgrupp', slug);
export const stodformFilterHref = (stodform: string) => vagvalFacetPath('stodform', stodform);
export const LEDIGA_PLATSER_HREF = LEDIGA_PLATSER_PATH;
/** The organisations' form for their insatser's free places (not /vagval/lediga-platser, the visitors' list). */
export const UPPDATERA_LEDIGA_PLATSER_HREF = '/lediga-platser';

export function allPaths(site: SiteIndex): string[] {
  const c = site.collections;
  return [
    PAGE_PATHS.start,
    SECTION_PATHS.hittaRatt,
    SECTION_PATHS.vagval,
    LEDIGA_PLATSER_HREF,
    ...site.kommunerMedInsatser().map((k) => kommunFilterHref(k.data.slug)),
    ...site.malgrupperMedInsatser().map((m) => malgruppFilterHref(m.data.slug)),
    ...site.livssituationerMedInsatser().map((l) => livssituationHref(l.data.slug)),
    ...site.stodformerMedInsatser().map(stodformFilterHref),
    ...c.insatser.map((i) => insatsHref(i.data.slug)),
    ...c.insatser.filter((i) => i.html.lattlast).map((i) => lattlastHref(i.data.slug)),
    SECTION_PATHS.berattelser,
    ...c.berattelser.map((b) => berattelseHref(b.data.slug)),
    SECTION_PATHS.fragor,
    SECTION_PATHS.kedjor,
    ...c.kedjor.map((k) => kedjaHref(k.data.slug)),
    SECTION_PATHS.aktorer,
    ...c.aktorer.map((a) => aktorHref(a.data.slug)),
    SECTION_PATHS.begrepp,
    SECTION_PATHS.forbund,
    ...c.forbund.map((f) => forbundHref(f.data.slug)),
    PAGE_PATHS.om,
    PAGE_PATHS.tillganglighetsredogorelse,
    PAGE_PATHS.lamnaForslag,
    UPPDATERA_LEDIGA_PLATSER_HREF,
    PAGE_PATHS.oppnaData,
    PAGE_PATHS.sok,
  ];
}
