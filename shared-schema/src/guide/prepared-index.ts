/**
 * The guide index turned into flat typed arrays, once per index object, so that matching is a
 * few bit operations per insats instead of string work: kommun → insatser lists, målgrupp and
 * livssituation bitsets, hours, flags, and each insats's place in Swedish name order.
 */
import { GUIDE_STATUS } from './index-format.ts';
import type { GuideIndex } from './index-schema.ts';

/** Bit flags per insats. */
export const FLAG = {
  /** Pausad or avslutad: never shown. */
  excluded: 1,
  /** Digital/national: open wherever you live. */
  national: 2,
  /** Free places right now. */
  lediga: 4,
  /** Queue right now. */
  queue: 8,
} as const;

export interface PreparedIndex {
  readonly index: GuideIndex;
  /** Number of insatser. */
  readonly n: number;
  /** Kommun code → kommun id. */
  readonly kommunByKod: ReadonlyMap<string, number>;
  /** Kommun id → ids of the insatser offered there. */
  readonly byKommun: readonly Int32Array[];
  /** Ids of the digital/national insatser. */
  readonly national: Int32Array;
  /** Kommun id → ids of the förbund that cover it. */
  readonly forbundOfKommun: readonly (readonly number[])[];
  /** Län id → kommun ids in it. */
  readonly kommunerInLan: readonly (readonly number[])[];
  /** Målgrupp slug → id, livssituation slug → id. */
  readonly mgBySlug: ReadonlyMap<string, number>;
  readonly lsBySlug: ReadonlyMap<string, number>;
  /** 32-bit words per insats in the målgrupp and livssituation bitsets. */
  readonly mgWords: number;
  readonly lsWords: number;
  readonly mg: Uint32Array;
  readonly ls: Uint32Array;
  /** Hours a week needed at the start; 0 when unknown. */
  readonly hours: Uint8Array;
  /** Stödform id (position in STODFORMER). */
  readonly sf: Uint8Array;
  readonly flags: Uint8Array;
  /** Position in Swedish name order, then slug: the tie-break after score (the insats's id, see GuideIndex `i`). */
  readonly rank: Int32Array;
  /** Scratch space for de-duplicating candidates: seen[i] === stamp means "already taken". */
  readonly seen: Int32Array;
  stamp: number;
}

/** Swedish alphabetical order (å, ä, ö last), as `localeCompare(…, 'sv')` but without making a collator per call. */
export const svCollator = new Intl.Collator('sv');

const cache = new WeakMap<GuideIndex, PreparedIndex>();

/** Sets bit `id` in the `words`-word bitset of row `row`. */
function setBit(bits: Uint32Array, words: number, row: number, id: number): void {
  const w = row * words + (id >>> 5);
  bits[w] = (bits[w] ?? 0) | (1 << (id & 31));
}

/** The prepared form of an index; computed on first use and kept as long as the index object lives. */
export function prepare(index: GuideIndex): PreparedIndex {
  const hit = cache.get(index);
  if (hit) return hit;
  const n = index.i.length;
  const mgWords = Math.max(1, Math.ceil(index.mg.length / 32));
  const lsWords = Math.max(1, Math.ceil(index.ls.length / 32));
  const mg = new Uint32Array(n * mgWords);
  const ls = new Uint32Array(n * lsWords);
  const hours = new Uint8Array(n);
  const sf = new Uint8Array(n);
  const flags = new Uint8Array(n);
  const lists: number[][] = index.k.map(() => []);
  const national: number[] = [];
  index.i.forEach((ins, id) => {
    for (const g of ins.g ?? []) setBit(mg, mgWords, id, g);
    for (const l of ins.l ?? []) setBit(ls, lsWords, id, l);
    hours[id] = ins.h ?? 0;
    sf[id] = ins.sf;
    let f = 0;
    if (ins.st === GUIDE_STATUS.pausad || ins.st === GUIDE_STATUS.avslutad) f |= FLAG.excluded;
    const kommuner = ins.k ?? [];
    if (ins.d === 1 || kommuner.length === 0) {
      f |= FLAG.national;
      national.push(id);
    }
    if ((ins.le ?? 0) > 0) f |= FLAG.lediga;
    if (ins.q === 1) f |= FLAG.queue;
    flags[id] = f;
    for (const k of new Set(kommuner)) lists[k]?.push(id);
  });
  // The index lists insatser in tie-break order (name in Swedish order, then slug), so the
  // position is the rank: names stay out of the index, in the card files.
  const rank = Int32Array.from(index.i, (_, id) => id);
  const forbundOfKommun: number[][] = index.k.map(() => []);
  index.f.forEach((f, fid) => {
    for (const k of f.k) forbundOfKommun[k]?.push(fid);
  });
  const kommunerInLan: number[][] = index.lan.map(() => []);
  index.k.forEach(([, , lan], kid) => {
    kommunerInLan[lan]?.push(kid);
  });
  const prepared: PreparedIndex = {
    index,
    n,
    kommunByKod: new Map(index.k.map(([kod], kid) => [kod, kid])),
    byKommun: lists.map((l) => Int32Array.from(l)),
    national: Int32Array.from(national),
    forbundOfKommun,
    kommunerInLan,
    mgBySlug: new Map(index.mg.map(([slug], id) => [slug, id])),
    lsBySlug: new Map(index.ls.map(([slug], id) => [slug, id])),
    mgWords,
    lsWords,
    mg,
    ls,
    hours,
    sf,
    flags,
    rank,
    seen: new Int32Array(n),
    stamp: 0,
  };
  cache.set(index, prepared);
  return prepared;
}

/** Number of set bits in a 32-bit word. */
export function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
