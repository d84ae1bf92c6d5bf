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
/**
 * Swedish order by label. Entries with the same label (stories often share a title) follow their
 * slugs, so the order never depends on the order of the snapshot.
 */
export const bySwedishLabel = <T extends { data: object }>(a: T, b: T) =>
  collator.compare(itemLabel(a), itemLabel(b)) ||
  collator.compare((a.data as { slug?: string }).slug ?? '', (b.data as { slug?: string }).slug ?? '');

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
  readonly #kommunerTexts = new WeakMap<Insats, string>();

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
    // Asked for by every card an insats has on the list pages, so once per insats.
    let text = this.#kommunerTexts.get(insats);
    if (text === undefined) {
      const names = insats.kommuner.map((k) => this.kommunNamn(k));
      const list = names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} och ${names.at(-1)}`;
      text = insats.digital ? (list ? `Digitalt – var du än bor (utgår från ${list})` : 'Digitalt – var du än bor') : list;
      this.#kommunerTexts.set(insats, text);
    }
    return text;
  }

  // --- Reverse lookups -------------------------------------------------------------------
  // Every insats and actor page asks these, so each is one map built per build: a scan of the
  // whole collection per page would make the build grow as pages × entries.

  /** `items` grouped by the ids `keys` gives each item, in the collection's order, each item once per id. */
  private grouped<T>(name: string, items: readonly T[], keys: (item: T) => Iterable<string>): Map<string, T[]> {
    return this.memo(`grouped:${name}`, () => {
      const groups = new Map<string, T[]>();
      for (const item of items) {
        for (const key of new Set(keys(item))) {
          const group = groups.get(key);
          if (group) group.push(item);
          else groups.set(key, [item]);
        }
      }
      return groups;
    });
  }

  berattelserForInsats(documentId: string): BerattelseItem[] {
    const byInsats = this.grouped('berattelserForInsats', this.collections.berattelser, (b) => b.data.insatser.map((r) => r.documentId));
    return byInsats.get(documentId) ?? [];
  }

  kedjorForInsats(documentId: string): KedjaItem[] {
    const byInsats = this.grouped('kedjorForInsats', this.collections.kedjor, (k) =>
      k.data.steg.flatMap((s) => s.insatser.map((r) => r.documentId)),
    );
    return byInsats.get(documentId) ?? [];
  }

  fragorForInsats(documentId: string): FragaItem[] {
    const byInsats = this.grouped('fragorForInsats', this.collections.fragor, (f) => f.data.insatser.map((r) => r.documentId));
    return byInsats.get(documentId) ?? [];
  }

  /** Insatser run by an organisation that belongs to the actor. */
  insatserForAktor(documentId: string): InsatsItem[] {
    const aktorByOrganisation = this.memo('aktorByOrganisation', () => {
      const map = new Map<string, string>();
      for (const o of this.collections.organisationer) if (o.data.aktor) map.set(o.data.documentId, o.data.aktor.documentId);
      return map;
    });
    const byAktor = this.grouped('insatserForAktor', this.collections.insatser, (i) => {
      const aktor = aktorByOrganisation.get(i.data.organisation.documentId);
      return aktor ? [aktor] : [];
    });
    return byAktor.get(documentId) ?? [];
  }

  /** The insatser a förbund funds. */
  insatserForForbund(documentId: string): InsatsItem[] {
    const byForbund = this.grouped('insatserForForbund', this.collections.insatser, (i) =>
      i.data.forbund ? [i.data.forbund.documentId] : [],
    );
    return byForbund.get(documentId) ?? [];
  }

  /** The chains in which one of the förbund's insatser is a step. */
  kedjorForForbund(documentId: string): KedjaItem[] {
    const own = new Set(this.insatserForForbund(documentId).map((i) => i.data.documentId));
    return this.collections.kedjor.filter((k) => k.data.steg.some((s) => s.insatser.some((r) => own.has(r.documentId))));
  }

  kedjorForAktor(documentId: string): KedjaItem[] {
    const byAktor = this.grouped('kedjorForAktor', this.collections.kedjor, (k) => k.data.steg.map((s) => s.aktor.documentId));
    return byAktor.get(documentId) ?? [];
  }

  berattelserForAktor(documentId: string): BerattelseItem[] {
    const byAktor = this.grouped('berattelserForAktor', this.collections.berattelser, (b) => b.data.aktorer.map((r) => r.documentId));
    return byAktor.get(documentId) ?? [];
  }

  fragorForAktor(documentId: string): FragaItem[] {
    const byAktor = this.grouped('fragorForAktor', this.collections.fragor, (f) => f.data.aktorer.map((r) => r.documentId));
    return byAktor.get(documentId) ?? [];
  }

  // --- Vägval filters: each value with at least one insats gets its own static page ------------

  /** Insatser you can take part in from a municipality: those offered there, and every digital one. */
  insatserIKommun(documentId: string): InsatsItem[] {
    return this.memo(`insatserIKommun:${documentId}`, () => {
      // The digital ones merged into the ones offered there, keeping the list's order.
      const digital = this.memo('digitalaInsatser', () => this.collections.insatser.filter((i) => i.data.digital));
      const onSite = this.grouped('insatserPaPlats', this.collections.insatser, (i) =>
        i.data.digital ? [] : i.data.kommuner.map((k) => k.documentId),
      );
      const local = onSite.get(documentId) ?? [];
      const position = this.memo('insatsPosition', () => new Map(this.collections.insatser.map((i, n) => [i, n])));
      const merged: InsatsItem[] = [];
      let a = 0;
      let b = 0;
      while (a < local.length || b < digital.length) {
        const x = local[a];
        const y = digital[b];
        if (x && (!y || (position.get(x) as number) < (position.get(y) as number))) {
          merged.push(x);
          a++;
        } else if (y) {
          merged.push(y);
          b++;
        }
      }
      return merged;
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

/** The index of a whole validated snapshot: its collections and the singles pages read. */
export function siteIndexOf(snapshot: Snapshot): SiteIndex {
  return new SiteIndex(snapshot.collections, {
    startsida: snapshot.singles.startsida,
    tillganglighetsredogorelse: snapshot.singles.tillganglighetsredogorelse,
  });
}
