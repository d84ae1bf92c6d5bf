/**
 * Samverkan in a förbund: who runs its insatser, and which actors send people to them (from each
 * insats's ways in). Each link is an organisation and an actor that work together on at least
 * one insats; the diagram and its list on the förbund page are drawn from this.
 */
import type { VagInTyp } from '@vg/shared-schema';
import type { InsatsItem, SiteIndex } from './site-index.ts';

export interface SamverkanLank {
  utforare: string;
  remittent: string;
  /** The insatser the two work on together, by name. */
  insatser: string[];
}

export interface SamverkanPart {
  namn: string;
  insatser: string[];
}

export interface Samverkan {
  /** Organisations that run the förbund's insatser, each with the insatser it runs. */
  utforare: SamverkanPart[];
  /** Actors that send people to them (referral, assignment, admission council), each with the insatser. */
  remittenter: SamverkanPart[];
  lankar: SamverkanLank[];
}

/** Ways in through another actor; self-referral and interest forms bring no other actor in. */
const VIA_AKTOR: Partial<Record<VagInTyp, 'af' | 'fk' | 'kommun' | 'region' | 'antagningsrad'>> = {
  'anvisning-af': 'af',
  'remiss-fk': 'fk',
  'remiss-kommun': 'kommun',
  'remiss-region': 'region',
  antagningsrad: 'antagningsrad',
};

const byName = (a: { namn: string }, b: { namn: string }) => a.namn.localeCompare(b.namn, 'sv');

export function samverkan(site: SiteIndex, forbundId: string): Samverkan {
  const forbund = site.resolve('forbund', { documentId: forbundId }).data;
  const medlemmar = site.resolveAll('organisationer', forbund.medlemmar).map((o) => o.data);
  /** The förbund's own member of that kind where it has one, so the picture names "Region Östergötland", not "the region". */
  const aktorer = (insats: InsatsItem, via: NonNullable<(typeof VIA_AKTOR)[VagInTyp]>): string[] => {
    if (via === 'af') return ['Arbetsförmedlingen'];
    if (via === 'fk') return ['Försäkringskassan'];
    if (via === 'antagningsrad') return ['Antagningsrådet (förbundets medlemmar)'];
    if (via === 'region') {
      const regioner = medlemmar.filter((m) => m.typ === 'region').map((m) => m.namn);
      return regioner.length === 1 ? regioner : ['Regionen'];
    }
    const kommuner = new Set(insats.data.kommuner.map((k) => k.documentId));
    const egna = medlemmar.filter((m) => m.typ === 'kommun' && m.kommun && kommuner.has(m.kommun.documentId)).map((m) => m.namn);
    return egna.length > 0 ? egna : ['Kommunen'];
  };

  const lankar = new Map<string, SamverkanLank>();
  const utforare = new Map<string, Set<string>>();
  const remittenter = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, key: string, insats: string) => map.set(key, (map.get(key) ?? new Set()).add(insats));
  for (const insats of site.insatserForForbund(forbundId)) {
    const namn = insats.data.namn;
    const driver = site.resolve('organisationer', insats.data.organisation).data.namn;
    add(utforare, driver, namn);
    const via = new Set(
      insats.data.vagarIn.flatMap((v) => {
        const kind = VIA_AKTOR[v.typ];
        return kind ? aktorer(insats, kind) : [];
      }),
    );
    for (const remittent of via) {
      if (remittent === driver) continue; // an organisation that refers to its own insats works with no one new
      add(remittenter, remittent, namn);
      const key = `${driver}\u0000${remittent}`;
      const lank = lankar.get(key) ?? { utforare: driver, remittent, insatser: [] };
      lank.insatser.push(namn);
      lankar.set(key, lank);
    }
  }
  const sorted = (names: Iterable<string>) => [...names].sort((a, b) => a.localeCompare(b, 'sv'));
  const parts = (map: Map<string, Set<string>>) => [...map].map(([namn, set]) => ({ namn, insatser: sorted(set) })).sort(byName);
  return {
    utforare: parts(utforare),
    remittenter: parts(remittenter),
    lankar: [...lankar.values()]
      .map((l) => ({ ...l, insatser: sorted(l.insatser) }))
      .sort((a, b) => a.utforare.localeCompare(b.utforare, 'sv') || a.remittent.localeCompare(b.remittent, 'sv')),
  };
}
