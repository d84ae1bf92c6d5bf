/** Every page the site builds, for the sitemap (and the build test that checks it). */
import type { SiteIndex } from './site-index.ts';
import { aktorHref, berattelseHref, insatsHref, kedjaHref, lattlastHref, livssituationHref } from './views.ts';

export const kommunFilterHref = (slug: string) => `/vagval/kommun/${slug}`;
export const malgruppFilterHref = (slug: string) => `/vagval/malgrupp/${slug}`;
export const stodformFilterHref = (stodform: string) => `/vagval/stodform/${stodform}`;
export const LEDIGA_PLATSER_HREF = '/vagval/lediga-platser';

/** Names under /vagval/ that are pages of their own, so no insats may use them as its slug. */
export const RESERVED_VAGVAL_SLUGS = ['kommun', 'malgrupp', 'livssituation', 'stodform', 'lediga-platser'] as const;

export function allPaths(site: SiteIndex): string[] {
  const c = site.collections;
  return [
    '/',
    '/hitta-ratt',
    '/vagval',
    LEDIGA_PLATSER_HREF,
    ...site.kommunerMedInsatser().map((k) => kommunFilterHref(k.data.slug)),
    ...site.malgrupperMedInsatser().map((m) => malgruppFilterHref(m.data.slug)),
    ...site.livssituationerMedInsatser().map((l) => livssituationHref(l.data.slug)),
    ...site.stodformerMedInsatser().map(stodformFilterHref),
    ...c.insatser.map((i) => insatsHref(i.data.slug)),
    ...c.insatser.filter((i) => i.html.lattlast).map((i) => lattlastHref(i.data.slug)),
    '/berattelser',
    ...c.berattelser.map((b) => berattelseHref(b.data.slug)),
    '/vanliga-fragor',
    '/sa-fungerar-valfardssystemet',
    ...c.kedjor.map((k) => kedjaHref(k.data.slug)),
    '/aktorer',
    ...c.aktorer.map((a) => aktorHref(a.data.slug)),
    '/begrepp',
    '/om',
    '/tillganglighetsredogorelse',
    '/lamna-forslag',
    '/sok',
  ];
}
