/**
 * Everything the pages need from the snapshot, indexed once: lists in Swedish alphabetical
 * order, references resolved by documentId, and the reverse lookups (which stories and chains
 * mention an insats, which insatser an actor runs …). Pure: built from snapshot data, so it is
 * tested without Astro.
 */
import {
  type Insats,
  type Plats,
  type RelationRefT,
  type Snapshot,
  type SnapshotCollectionName,
  type SnapshotItem,
  STODFORMER,
  type Stodform,
} from '@vg/shared-schema';

export type Collections = Snapshot['collections'];
/** The single types the content pages use (the guide reads its own flow). */
export type Singles = Pick<Snapshot['singles'], 'startsida' | 'tillganglighetsredogorelse'>;
export type Item<K extends SnapshotCollectionName> = SnapshotItem<K>;
export type InsatsItem = Item<'insatser'>;
export type KedjaItem = Item<'kedjor'>;
export type BerattelseItem = Item<'berattelser'>;
export type FragaItem = Item<'fragor'>;
export type AktorItem = Item<'aktorer'>;
export type BegreppItem = Item<'begrepp'>;

/** What an entry is called on the site, for any collection. */
export function itemLabel(item: { data: object }): string {
  const d = item.data as { namn?: string; titel?: string; term?: string; fraga?: string; slug?: string };
  return d.namn ?? d.titel ?? d.term ?? d.fraga ?? d.slug ?? '';
}

const collator = new Intl.Collator('sv', { sensitivity: 'base', numeric: true });
export const bySwedishLabel = <T extends { data: object }>(a: T, b: T) => collator.compare(itemLabel(a), itemLabel(b));

/** An insats that can take new participants now: it has free places and is running. */
export function hasFreePlaces(insats: Insats): boolean {
  return (insats.platser?.lediga ?? 0) > 0 && (insats.driftstatus === 'aktiv' || insats.driftstatus === 'permanentas');
}

/** One line with the venue: "Jonsbo torp, Torpvägen 12, 589 41 Linköping". */
export function platsText(plats: Plats): string {
  const ort = [plats.postnummer, plats.ort].filter(Boolean).join(' ');
  return [plats.namn, plats.adress, ort].filter(Boolean).join(', ');
}

export class SiteIndex {
  /**
   * Lookups are asked for on every page (the filter menus list all 290 kommuner with counts),
   * so each answer is computed once per build; without this the build grows as pages × insatser.
   */
  private readonly memoCache = new Map<string, unknown>();
  private memo<T>(key: string, compute: () => T): T {
    if (!this.memoCache.has(key)) this.memoCache.set(key, compute());
    return this.memoCache.get(key) as T;
  }

  readonly collections: Collections;
  readonly singles: Singles;
  readonly #byId = new Map<string, { collection: SnapshotCollectionName; item: { data: object } }>();

  constructor(collections: Collections, singles: Singles) {
    const sorted = Object.fromEntries(
      Object.entries(collections).map(([name, items]) => [name, [...items].sort(bySwedishLabel)]),
    ) as unknown as Collections;
    this.collections = sorted;
    this.singles = singles;
    for (const [name, items] of Object.entries(sorted) as [SnapshotCollectionName, { data: { documentId: string } }[]][]) {
      for (const item of items) this.#byId.set(`${name}:${item.data.documentId}`, { collection: name, item });
    }
  }

  /** The entry a reference points to. The pipeline guarantees it exists; if not, the snapshot is broken and the build stops. */
  resolve<K extends SnapshotCollectionName>(collection: K, ref: Pick<RelationRefT, 'documentId' | 'slug'>): Item<K> {
    const hit = this.#byId.get(`${collection}:${ref.documentId}`);
    if (!hit) {
      throw new Error(
        `Ögonblicksbilden hänvisar till ${collection} "${ref.slug ?? ''}" (documentId ${ref.documentId}) som inte finns i den. Hämta innehållet igen med "pnpm pull".`,
      );
    }
    return hit.item as Item<K>;
  }

  resolveAll<K extends SnapshotCollectionName>(collection: K, refs: readonly Pick<RelationRefT, 'documentId' | 'slug'>[]): Item<K>[] {
    return refs.map((r) => this.resolve(collection, r));
  }

  /** A municipality's name, e.g. "Linköping". */
  kommunNamn(ref: Pick<RelationRefT, 'documentId' | 'slug'>): string {
    return this.resolve('kommuner', ref).data.namn;
  }

  /** Where an insats is offered, in words: "Linköping, Kinda och Åtvidaberg" or "Digitalt – var du än bor". */
  kommunerText(insats: Insats): string {
    const names = insats.kommuner.map((k) => this.kommunNamn(k));
    const list = names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} och ${names.at(-1)}`;
    if (insats.digital) return list ? `Digitalt – var du än bor (utgår från ${list})` : 'Digitalt – var du än bor';
    return list;
  }

  // --- Reverse lookups -------------------------------------------------------------------

  berattelserForInsats(documentId: string): BerattelseItem[] {
    return this.memo(`berattelserForInsats:${documentId}`, () => {
      return this.collections.berattelser.filter((b) => b.data.insatser.some((r) => r.documentId === documentId));
    });
  }

  kedjorForInsats(documentId: string): KedjaItem[] {
    return this.memo(`kedjorForInsats:${documentId}`, () => {
      return this.collections.kedjor.filter((k) => k.data.steg.some((s) => s.insatser.some((r) => r.documentId === documentId)));
    });
  }

  fragorForInsats(documentId: string): FragaItem[] {
    return this.memo(`fragorForInsats:${documentId}`, () => {
      return this.collections.fragor.filter((f) => f.data.insatser.some((r) => r.documentId === documentId));
    });
  }

  /** Insatser run by an organisation that belongs to the actor. */
  insatserForAktor(documentId: string): InsatsItem[] {
    return this.memo(`insatserForAktor:${documentId}`, () => {
      const orgs = new Set(
        this.collections.organisationer.filter((o) => o.data.aktor?.documentId === documentId).map((o) => o.data.documentId),
      );
      return this.collections.insatser.filter((i) => orgs.has(i.data.organisation.documentId));
    });
  }

  kedjorForAktor(documentId: string): KedjaItem[] {
    return this.memo(`kedjorForAktor:${documentId}`, () => {
      return this.collections.kedjor.filter((k) => k.data.steg.some((s) => s.aktor.documentId === documentId));
    });
  }

  berattelserForAktor(documentId: string): BerattelseItem[] {
    return this.memo(`berattelserForAktor:${documentId}`, () => {
      return this.collections.berattelser.filter((b) => b.data.aktorer.some((r) => r.documentId === documentId));
    });
  }

  fragorForAktor(documentId: string): FragaItem[] {
    return this.memo(`fragorForAktor:${documentId}`, () => {
      return this.collections.fragor.filter((f) => f.data.aktorer.some((r) => r.documentId === documentId));
    });
  }

  // --- Vägval filters: each value with at least one insats gets its own static page ------------

  /** Insatser you can take part in from a municipality: those offered there, and every digital one. */
  insatserIKommun(documentId: string): InsatsItem[] {
    return this.memo(`insatserIKommun:${documentId}`, () => {
      return this.collections.insatser.filter((i) => i.data.digital || i.data.kommuner.some((k) => k.documentId === documentId));
    });
  }

  insatserForMalgrupp(documentId: string): InsatsItem[] {
    return this.memo(`insatserForMalgrupp:${documentId}`, () => {
      return this.collections.insatser.filter((i) => i.data.malgrupper.some((r) => r.documentId === documentId));
    });
  }

  insatserForLivssituation(documentId: string): InsatsItem[] {
    return this.memo(`insatserForLivssituation:${documentId}`, () => {
      return this.collections.insatser.filter((i) => i.data.livssituationer.some((r) => r.documentId === documentId));
    });
  }

  insatserForStodform(stodform: Stodform): InsatsItem[] {
    return this.memo(`insatserForStodform:${stodform}`, () => {
      return this.collections.insatser.filter((i) => i.data.stodform === stodform);
    });
  }

  insatserMedLedigaPlatser(): InsatsItem[] {
    return this.memo('insatserMedLedigaPlatser', () => {
      return this.collections.insatser.filter((i) => hasFreePlaces(i.data));
    });
  }

  /** Municipalities where at least one insats is offered on site (digital ones alone do not make a page). */
  kommunerMedInsatser(): Item<'kommuner'>[] {
    return this.memo('kommunerMedInsatser', () => {
      const used = new Set(this.collections.insatser.flatMap((i) => i.data.kommuner.map((k) => k.documentId)));
      return this.collections.kommuner.filter((k) => used.has(k.data.documentId));
    });
  }

  malgrupperMedInsatser(): Item<'malgrupper'>[] {
    return this.memo('malgrupperMedInsatser', () => {
      return this.collections.malgrupper.filter((m) => this.insatserForMalgrupp(m.data.documentId).length > 0);
    });
  }

  livssituationerMedInsatser(): Item<'livssituationer'>[] {
    return this.memo('livssituationerMedInsatser', () => {
      return this.collections.livssituationer.filter((l) => this.insatserForLivssituation(l.data.documentId).length > 0);
    });
  }

  stodformerMedInsatser(): Stodform[] {
    return this.memo('stodformerMedInsatser', () => {
      return STODFORMER.filter((s) => this.insatserForStodform(s).length > 0);
    });
  }

  /** FAQ questions grouped by topic, topics in alphabetical order, empty topics left out. */
  fragorByAmne(): { amne: Item<'amnen'>; fragor: FragaItem[] }[] {
    return this.collections.amnen
      .map((amne) => ({ amne, fragor: this.collections.fragor.filter((f) => f.data.amne.documentId === amne.data.documentId) }))
      .filter((g) => g.fragor.length > 0);
  }
}
