/**
 * A förbund in figures, for decision makers: how much it funds, where, and for whom — and where
 * in its kommuner a target group has no insats at all (the geographic differences to even out).
 */
import type { SiteIndex } from './site-index.ts';

export interface ForbundStats {
  insatser: number;
  ledigaPlatser: number;
  kommuner: number;
  /** Target groups with at least one of the förbund's insatser, and those with none. */
  malgrupperMed: string[];
  malgrupperUtan: string[];
  /** For each of the förbund's kommuner: the target groups no insats available there is for (any organiser, digital ones included). */
  luckor: { kommun: string; malgrupper: string[] }[];
}

export function forbundStats(site: SiteIndex, documentId: string): ForbundStats {
  const forbund = site.resolve('forbund', { documentId });
  const own = site.insatserForForbund(documentId);
  const allaMalgrupper = site.collections.malgrupper.map((m) => m.data);
  const served = (insatser: typeof own) => new Set(insatser.flatMap((i) => i.data.malgrupper.map((m) => m.documentId)));
  const ownServed = served(own);
  const kommuner = site.resolveAll('kommuner', forbund.data.kommuner);
  return {
    insatser: own.length,
    ledigaPlatser: own.reduce((sum, i) => sum + (i.data.platser?.lediga ?? 0), 0),
    kommuner: kommuner.length,
    malgrupperMed: allaMalgrupper.filter((m) => ownServed.has(m.documentId)).map((m) => m.namn),
    malgrupperUtan: allaMalgrupper.filter((m) => !ownServed.has(m.documentId)).map((m) => m.namn),
    luckor: kommuner
      .map((k) => {
        const there = served(site.insatserIKommun(k.data.documentId));
        return { kommun: k.data.namn, malgrupper: allaMalgrupper.filter((m) => !there.has(m.documentId)).map((m) => m.namn) };
      })
      .filter((l) => l.malgrupper.length > 0)
      .sort((a, b) => a.kommun.localeCompare(b.kommun, 'sv')),
  };
}
