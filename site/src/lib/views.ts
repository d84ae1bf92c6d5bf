/**
 * From snapshot items to the props the components take: references resolved, labels chosen,
 * links built. Pages call these, so they stay thin and the components stay testable with plain data.
 */
import { ALDERSGRUPP_ETIKETT, DRIFTSTATUS_ETIKETT, STODFORM_ETIKETT } from '@vg/shared-schema';
import { ENTRY_PATHS, vagvalFacetPath } from '@vg/shared-schema/paths';
import type { compileTerms } from './glossary.ts';
import type { BerattelseItem, InsatsItem, KedjaItem, SiteIndex } from './site-index.ts';
import type { ChainStepsProps, InsatsCardProps, InsatsDetailProps } from './view-models.ts';

export const insatsHref = ENTRY_PATHS.insats;
export const lattlastHref = ENTRY_PATHS.insatsLattlast;
export const kedjaHref = ENTRY_PATHS.kedja;
export const berattelseHref = ENTRY_PATHS.berattelse;
export const aktorHref = ENTRY_PATHS.aktor;
export const fragaHref = ENTRY_PATHS.fraga;
export const begreppHref = ENTRY_PATHS.begrepp;
export const forbundHref = ENTRY_PATHS.forbund;
export const livssituationHref = (slug: string) => vagvalFacetPath('livssituation', slug);

/** Free places or queue as a short tag, or nothing when the insats says nothing about places. */
export function platserTag(item: InsatsItem): InsatsCardProps['platser'] {
  const p = item.data.platser;
  if (!p) return undefined;
  if (p.lediga != null && p.lediga > 0) return { text: p.lediga === 1 ? '1 ledig plats' : `${p.lediga} lediga platser`, tone: 'ok' };
  if (p.ko) return { text: 'Kö just nu', tone: 'warn' };
  if (p.lediga === 0) return { text: 'Inga lediga platser just nu', tone: 'warn' };
  return undefined;
}

export function insatsCard(site: SiteIndex, item: InsatsItem, headingLevel: 2 | 3 = 3): InsatsCardProps {
  const d = item.data;
  return {
    href: insatsHref(d.slug),
    namn: d.namn,
    sammanfattning: d.sammanfattning,
    kommuner: site.kommunerText(d),
    stodform: STODFORM_ETIKETT[d.stodform],
    status: d.driftstatus === 'aktiv' || d.driftstatus === 'permanentas' ? undefined : DRIFTSTATUS_ETIKETT[d.driftstatus],
    platser: platserTag(item),
    headingLevel,
  };
}

type Glossary = { terms: ReturnType<typeof compileTerms>; used: Set<string> };

export function insatsDetail(site: SiteIndex, item: InsatsItem, glossary?: Glossary): InsatsDetailProps {
  const d = item.data;
  const organisation = site.resolve('organisationer', d.organisation).data;
  const link = (i: InsatsItem) => ({ href: insatsHref(i.data.slug), label: i.data.namn });
  return {
    insats: d,
    html: item.html,
    granskning: item.granskning,
    organisation: { namn: organisation.namn, webb: organisation.webb },
    forbund: d.forbund ? site.resolve('forbund', d.forbund).data.namn : undefined,
    kommuner: site.kommunerText(d),
    malgrupper: site.resolveAll('malgrupper', d.malgrupper).map((m) => ({ namn: m.data.namn, beskrivning: m.data.beskrivning })),
    livssituationer: site
      .resolveAll('livssituationer', d.livssituationer)
      .map((l) => ({ href: livssituationHref(l.data.slug), label: `”${l.data.namn}”` })),
    forelder: d.forelder ? link(site.resolve('insatser', d.forelder)) : undefined,
    delar: site.resolveAll('insatser', d.delar).map(link),
    berattelser: site
      .berattelserForInsats(d.documentId)
      .map((b) => ({ href: berattelseHref(b.data.slug), label: b.data.titel, text: b.data.ingress })),
    kedjor: site.kedjorForInsats(d.documentId).map((k) => ({ href: kedjaHref(k.data.slug), label: k.data.titel })),
    fragor: site.fragorForInsats(d.documentId).map((f) => ({ href: fragaHref(f.data.slug), label: f.data.fraga })),
    lattlastHref: item.html.lattlast ? lattlastHref(d.slug) : undefined,
    glossary,
  };
}

export function chainSteps(site: SiteIndex, kedja: KedjaItem): ChainStepsProps {
  return {
    steps: kedja.data.steg.map((s) => {
      const aktor = site.resolve('aktorer', s.aktor).data;
      return {
        rubrik: s.rubrik,
        aktor: { label: aktor.namn, href: aktorHref(aktor.slug) },
        vadHander: s.vadHander,
        regel: s.regel ?? undefined,
        tid: s.tid ?? undefined,
        duKan: s.duKan ?? undefined,
        insatser: site.resolveAll('insatser', s.insatser).map((i) => ({ href: insatsHref(i.data.slug), label: i.data.namn })),
        parallell: s.parallell,
      };
    }),
    slut: { typ: kedja.data.slut.typ, forklaring: kedja.data.slut.forklaring },
  };
}

/** A story in a list: title, who, and the summary. */
export function berattelseCard(b: BerattelseItem) {
  const alder = b.data.aldersgrupp ? `, ${ALDERSGRUPP_ETIKETT[b.data.aldersgrupp]}` : '';
  return { href: berattelseHref(b.data.slug), titel: b.data.titel, vem: `${b.data.pseudonym}${alder}`, ingress: b.data.ingress };
}
