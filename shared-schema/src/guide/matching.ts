/**
 * Matching for Hitta rätt: from the visitor's answers to ranked insatser, each with the
 * reasons the visitor reads ("Finns i Linköping", "För dig som är sjukskriven …").
 *
 * 1. Hard filters: where (the insats is offered in the chosen kommun, or is digital/national),
 *    hours (the insats's starting hours are at most what the visitor manages, when both are
 *    known) and status (pausade and avslutade insatser are never shown).
 * 2. Ranking by fit: the chosen options' målgrupp, livssituation, stödform and mål against the
 *    insats; offered in the kommun itself slightly up, free places slightly up, queue slightly
 *    down. Order is deterministic: score, then name in Swedish order, then slug.
 * 3. Never a dead end: with no results the area widens step by step, to the kommun's förbund,
 *    then its län, then to digital/national insatser without the hours limit, and the result
 *    says how far it widened and carries the förbund's contact.
 *
 * Pure and synchronous. The answers are only read, never stored or sent.
 */
import type { Stodform } from '../content/insats.ts';
import { STODFORMER } from '../vocabulary.ts';
import type { GuideMal } from './flow.ts';
import { type Answers, hoursOf, timmarText, visitedPath, type WalkableFlow } from './flow-walker.ts';
import type { GuideIndex, GuideInsats, GuideRelated } from './index-schema.ts';
import { FLAG, type PreparedIndex, popcount, prepare, svCollator } from './prepared-index.ts';

/** How far the search had to widen to find anything. */
export type Widened = null | 'forbund' | 'lan' | 'digital';

/** How to reach a förbund: shown with the results, and especially when the guide had to widen. */
export interface ForbundContact {
  readonly forbund: string;
  readonly kortnamn?: string;
  readonly roll: string;
  readonly telefon?: string;
  readonly epost?: string;
  readonly webb?: string;
}

/**
 * What the index says about a suggested insats: where and how much. The card's words (name,
 * summary, organisation, contact, page) come from the card files (GuideCardFile), which the
 * island loads for the results it shows.
 */
export interface ResultPlace {
  readonly digital: boolean;
  /** Names of the kommuner where it is offered, in Swedish order. */
  readonly kommuner: readonly string[];
  /** Hours a week to start with, when known. */
  readonly timmarMin?: number;
  /** Free places right now, when known. */
  readonly lediga?: number;
  readonly ko: boolean;
}

/** One suggested insats. */
export interface MatchResult {
  /** The insats's id in the index (its position in `i`; its card is under this id). */
  readonly id: number;
  /** Fit; higher is better. Only the order is meaningful. */
  readonly score: number;
  /** Why it is suggested, in Swedish, most important first. */
  readonly reasons: readonly string[];
  readonly insats: ResultPlace;
}

export interface MatchOutcome {
  /** The best results, at most `limit`, best first. */
  readonly results: readonly MatchResult[];
  /** How many insatser passed the filters (before `limit`). */
  readonly total: number;
  /** null when the chosen kommun had results; otherwise how far the search widened. */
  readonly widened: Widened;
  /** The förbund covering the chosen kommun, if it has contact details. */
  readonly contact: ForbundContact | null;
  /** The chosen kommun, if any. */
  readonly kommun: { readonly kod: string; readonly namn: string } | null;
}

export interface MatchOptions {
  /** How many results to return with cards and reasons. Default 50. */
  readonly limit?: number;
}

/** Which stödformer serve each goal. */
export const MAL_STODFORMER: Record<GuideMal, readonly Stodform[]> = {
  arbete: ['arbetstraning', 'praktik', 'samordning'],
  studier: ['studier', 'sprak'],
  'ma-battre': ['halsa', 'friskvard'],
  'forsta-rattigheter': ['vagledning', 'samordning'],
};

/** The reason shown when an insats serves the visitor's goal. */
export const MAL_REASON: Record<GuideMal, string> = {
  arbete: 'För dig som vill börja arbeta',
  studier: 'För dig som vill börja studera',
  'ma-battre': 'För dig som vill må bättre först',
  'forsta-rattigheter': 'För dig som vill förstå vilket stöd du kan få',
};

/** The reason shown when an insats gives the kind of support an answer pointed to. */
export const STODFORM_REASON: Record<Stodform, string> = {
  arbetstraning: 'Du får träna på ett arbete',
  praktik: 'Du får göra praktik',
  studier: 'Hjälper dig att komma igång med studier',
  sprak: 'Du får stöd med svenska språket',
  halsa: 'Stöd för din hälsa',
  friskvard: 'Hjälper dig att må bättre i vardagen',
  vagledning: 'Du får veta vilket stöd som finns för dig',
  samordning: 'Hjälper dig att få stödet från olika håll att hänga ihop',
};

export const REASON_DIGITAL = 'Digital – går att göra var du än bor';
export const REASON_LEDIGA = 'Lediga platser just nu';

/** Score weights: fit first, then nearness and availability as small nudges. */
export const WEIGHT = { malgrupp: 6, livssituation: 6, stodform: 4, mal: 4, local: 2, lediga: 1, queue: -1 } as const;

const LETTER_WORD = (word: string) => new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'giu');
const PRONOUNS: [RegExp, string][] = [
  [LETTER_WORD('jag'), 'du'],
  [LETTER_WORD('mig'), 'dig'],
  [LETTER_WORD('min'), 'din'],
  [LETTER_WORD('mitt'), 'ditt'],
  [LETTER_WORD('mina'), 'dina'],
];

/**
 * A livssituation in first person as a reason to the visitor: "Jag är sjukskriven och har ingen
 * anställning" → "För dig som är sjukskriven och har ingen anställning".
 */
export function livssituationReason(namn: string): string {
  const m = /^jag\s+(.*)$/iu.exec(namn.trim());
  if (!m?.[1]) return `Handlar om: ${namn}`;
  let rest = m[1];
  for (const [re, to] of PRONOUNS) rest = rest.replace(re, to);
  return `För dig som ${rest}`;
}

/** A målgrupp's name as a reason: "Sjukskrivna utan anställning" → "För sjukskrivna utan anställning". */
export function malgruppReason(namn: string): string {
  const t = namn.trim();
  // Keep capitals that belong to an abbreviation ("SFI-elever").
  const lower = t.length > 1 && t[1] === t[1]?.toLowerCase() ? (t[0]?.toLowerCase() ?? '') + t.slice(1) : t;
  return `För ${lower}`;
}

/** What the answers on the current path say, in the index's ids. */
interface Profile {
  /** Kommun id; -1 when answered with a code the index does not know; undefined when not asked. */
  kommun: number | undefined;
  hours: number | undefined;
  mg: Uint32Array;
  ls: Uint32Array;
  /** Bit per stödform the answers point to, and per stödform serving a chosen goal. */
  sfMask: number;
  malMask: number;
  /** The chosen options' match data, in the order answered (for the order of reasons). */
  options: { mg?: number; ls?: number; sf?: number }[];
  mal: GuideMal[];
}

function profileOf(p: PreparedIndex, flow: WalkableFlow, answers: Answers): Profile {
  const profile: Profile = {
    kommun: undefined,
    hours: undefined,
    mg: new Uint32Array(p.mgWords),
    ls: new Uint32Array(p.lsWords),
    sfMask: 0,
    malMask: 0,
    options: [],
    mal: [],
  };
  // Only questions on the current path count, in the order the visitor met them (the order of reasons).
  for (const q of visitedPath(flow, answers)) {
    const a = answers[q.nyckel];
    if (a === undefined) continue;
    if (q.typ === 'kommun') {
      if (profile.kommun === undefined && typeof a === 'string') profile.kommun = p.kommunByKod.get(a.trim()) ?? -1;
      continue;
    }
    if (q.typ === 'timmar') {
      profile.hours ??= hoursOf(a);
      continue;
    }
    const keys: readonly string[] = typeof a === 'string' ? [a] : typeof a === 'number' ? [] : a;
    for (const key of keys) {
      const o = q.alternativ.find((x) => x.nyckel === key);
      if (!o) continue;
      const opt: Profile['options'][number] = {};
      const mg = o.malgrupp ? p.mgBySlug.get(o.malgrupp) : undefined;
      const ls = o.livssituation ? p.lsBySlug.get(o.livssituation) : undefined;
      const sf = o.stodform ? STODFORMER.indexOf(o.stodform) : -1;
      if (mg !== undefined) {
        opt.mg = mg;
        profile.mg[mg >>> 5] = (profile.mg[mg >>> 5] ?? 0) | (1 << (mg & 31));
      }
      if (ls !== undefined) {
        opt.ls = ls;
        profile.ls[ls >>> 5] = (profile.ls[ls >>> 5] ?? 0) | (1 << (ls & 31));
      }
      if (sf >= 0) {
        opt.sf = sf;
        profile.sfMask |= 1 << sf;
      }
      if (o.mal && !profile.mal.includes(o.mal)) {
        profile.mal.push(o.mal);
        for (const s of MAL_STODFORMER[o.mal]) profile.malMask |= 1 << STODFORMER.indexOf(s);
      }
      profile.options.push(opt);
    }
  }
  return profile;
}

/** The kommun ids a step covers: the kommun itself, its förbund(s), or its län; none for the digital step. */
function areaFor(p: PreparedIndex, kommun: number, level: Widened): number[] {
  if (level === null) return [kommun];
  if (level === 'forbund') {
    const ks = new Set<number>();
    for (const f of p.forbundOfKommun[kommun] ?? []) for (const k of p.index.f[f]?.k ?? []) ks.add(k);
    return [...ks];
  }
  if (level === 'lan') {
    const lan = p.index.k[kommun]?.[2];
    return lan === undefined ? [] : [...(p.kommunerInLan[lan] ?? [])];
  }
  return [];
}

/** The steps to try, in order, for a profile. */
function levelsFor(p: PreparedIndex, kommun: number | undefined): Widened[] {
  if (kommun === undefined || kommun < 0) return [null, 'digital'];
  const levels: Widened[] = [null];
  if ((p.forbundOfKommun[kommun] ?? []).length > 0) levels.push('forbund');
  levels.push('lan', 'digital');
  return levels;
}

function scoreOf(p: PreparedIndex, profile: Profile, id: number, local: boolean): number {
  let s = 0;
  let mgHits = 0;
  for (let w = 0; w < p.mgWords; w++) mgHits += popcount((p.mg[id * p.mgWords + w] ?? 0) & (profile.mg[w] ?? 0));
  let lsHits = 0;
  for (let w = 0; w < p.lsWords; w++) lsHits += popcount((p.ls[id * p.lsWords + w] ?? 0) & (profile.ls[w] ?? 0));
  s += mgHits * WEIGHT.malgrupp + lsHits * WEIGHT.livssituation;
  const sfBit = 1 << (p.sf[id] ?? 0);
  if (profile.sfMask & sfBit) s += WEIGHT.stodform;
  if (profile.malMask & sfBit) s += WEIGHT.mal;
  if (local) s += WEIGHT.local;
  const f = p.flags[id] ?? 0;
  if (f & FLAG.lediga) s += WEIGHT.lediga;
  if (f & FLAG.queue) s += WEIGHT.queue;
  return s;
}

// Packs (score, rank) into one number so a plain numeric sort orders by score desc, then rank asc.
const SCORE_OFFSET = 1 << 12;
const RANK_SPACE = 2 ** 24;

/**
 * Ranked insatser for the answers, widening the area when nothing is found. `flow` defaults
 * to the index's own flow. Deterministic: the same index and answers give an identical result.
 */
export function match(index: GuideIndex, answers: Answers, flow: WalkableFlow = index.flow, options: MatchOptions = {}): MatchOutcome {
  const p = prepare(index);
  const limit = options.limit ?? 50;
  const profile = profileOf(p, flow, answers);
  const kommun = profile.kommun;
  const kommunTuple = kommun !== undefined && kommun >= 0 ? index.k[kommun] : undefined;

  let widened: Widened = null;
  let keys = new Float64Array(0);
  let count = 0;
  for (const level of levelsFor(p, kommun)) {
    widened = level;
    p.stamp += 1;
    const stamp = p.stamp;
    const candidates: number[] = [];
    const take = (id: number) => {
      if (p.seen[id] === stamp) return;
      p.seen[id] = stamp;
      candidates.push(id);
    };
    if (kommun === undefined && level === null) {
      for (let id = 0; id < p.n; id++) take(id);
    } else {
      if (level !== 'digital' && kommun !== undefined && kommun >= 0) {
        for (const k of areaFor(p, kommun, level)) {
          const list = p.byKommun[k];
          if (list) for (const id of list) take(id);
        }
      }
      for (const id of p.national) take(id);
    }
    const checkHours = profile.hours !== undefined && level !== 'digital';
    const visitorHours = profile.hours ?? 0;
    keys = new Float64Array(candidates.length);
    count = 0;
    for (const id of candidates) {
      if ((p.flags[id] ?? 0) & FLAG.excluded) continue;
      const h = p.hours[id] ?? 0;
      if (checkHours && h > 0 && h > visitorHours) continue;
      const local = level === null && kommun !== undefined && kommun >= 0 && isIn(p, id, kommun);
      const s = scoreOf(p, profile, id, local);
      keys[count++] = (SCORE_OFFSET - s) * RANK_SPACE + (p.rank[id] ?? 0);
    }
    if (count > 0) break;
  }
  const sorted = keys.subarray(0, count).sort();
  const byRank = rankToId(p);
  const results: MatchResult[] = [];
  for (let r = 0; r < Math.min(limit, count); r++) {
    const key = sorted[r] ?? 0;
    const rank = key % RANK_SPACE;
    const score = SCORE_OFFSET - (key - rank) / RANK_SPACE;
    const id = byRank[rank] ?? 0;
    results.push(resultFor(p, profile, id, score, widened, kommun));
  }

  return {
    results,
    total: count,
    widened,
    contact: kommun !== undefined && kommun >= 0 ? contactFor(p, kommun) : null,
    kommun: kommunTuple ? { kod: kommunTuple[0], namn: kommunTuple[1] } : null,
  };
}

const rankCache = new WeakMap<PreparedIndex, Int32Array>();
function rankToId(p: PreparedIndex): Int32Array {
  let r = rankCache.get(p);
  if (!r) {
    r = new Int32Array(p.n);
    for (let id = 0; id < p.n; id++) r[p.rank[id] ?? 0] = id;
    rankCache.set(p, r);
  }
  return r;
}

function isIn(p: PreparedIndex, id: number, kommun: number): boolean {
  return (p.index.i[id]?.k ?? []).includes(kommun);
}

function contactFor(p: PreparedIndex, kommun: number): ForbundContact | null {
  for (const fid of p.forbundOfKommun[kommun] ?? []) {
    const f = p.index.f[fid];
    if (!f?.c) continue;
    return {
      forbund: f.n,
      ...(f.kn ? { kortnamn: f.kn } : {}),
      roll: f.c.r,
      ...(f.c.t ? { telefon: f.c.t } : {}),
      ...(f.c.e ? { epost: f.c.e } : {}),
      ...(f.c.w ? { webb: f.c.w } : {}),
    };
  }
  return null;
}

function kommunNames(p: PreparedIndex, ids: readonly number[]): string[] {
  return [...new Set(ids)]
    .map((k) => p.index.k[k]?.[1])
    .filter((n): n is string => n !== undefined)
    .sort(svCollator.compare);
}

/** "Linköping", "Linköping och Kinda", "Linköping, Kinda och Åtvidaberg". */
function list(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} och ${names[names.length - 1]}`;
}

function place(p: PreparedIndex, ins: GuideInsats): ResultPlace {
  return {
    digital: ins.d === 1 || (ins.k ?? []).length === 0,
    kommuner: kommunNames(p, ins.k ?? []),
    ...(ins.h !== undefined ? { timmarMin: ins.h } : {}),
    ...(ins.le !== undefined ? { lediga: ins.le } : {}),
    ko: ins.q === 1,
  };
}

function resultFor(p: PreparedIndex, profile: Profile, id: number, score: number, level: Widened, kommun: number | undefined): MatchResult {
  const ins = p.index.i[id];
  if (!ins) throw new Error(`Insatsen med id ${id} saknas i guidens index.`);
  const reasons: string[] = [];
  const add = (r: string) => {
    if (!reasons.includes(r)) reasons.push(r);
  };
  const national = ((p.flags[id] ?? 0) & FLAG.national) !== 0;
  const here = kommun !== undefined && kommun >= 0 ? p.index.k[kommun] : undefined;

  // Where.
  if (here && level === null && (ins.k ?? []).includes(kommun ?? -1)) add(`Finns i ${here[1]}`);
  if (here && (level === 'forbund' || level === 'lan')) {
    const area = new Set(areaFor(p, kommun ?? -1, level));
    const names = kommunNames(
      p,
      (ins.k ?? []).filter((k) => area.has(k)),
    );
    if (names.length > 0) {
      const lanNamn = p.index.lan[here[2]]?.[1];
      add(
        level === 'forbund'
          ? `Finns i ${list(names)}, i samma samordningsförbund som ${here[1]}`
          : `Finns i ${list(names)}${lanNamn ? `, i ${lanNamn}` : ''}`,
      );
    }
  }
  if (national) add(REASON_DIGITAL);

  // Who and what situation, in the order the visitor answered.
  for (const o of profile.options) {
    const lsHit = o.ls !== undefined && (ins.l ?? []).includes(o.ls);
    const mgHit = o.mg !== undefined && (ins.g ?? []).includes(o.mg);
    // One answer that names both a situation and a group gives one reason, the situation's.
    if (lsHit && o.ls !== undefined) add(livssituationReason(p.index.ls[o.ls]?.[1] ?? ''));
    else if (mgHit && o.mg !== undefined) add(malgruppReason(p.index.mg[o.mg]?.[1] ?? ''));
  }

  // Goal and kind of support.
  const stodform = STODFORMER[ins.sf];
  let goal = false;
  for (const mal of profile.mal) {
    if (stodform && MAL_STODFORMER[mal].includes(stodform)) {
      add(MAL_REASON[mal]);
      goal = true;
    }
  }
  if (!goal && stodform && profile.sfMask & (1 << ins.sf)) add(STODFORM_REASON[stodform]);

  // Hours and places.
  if (profile.hours !== undefined && ins.h !== undefined && ins.h <= profile.hours) add(`Passar om du orkar ${timmarText(ins.h)}`);
  if ((ins.le ?? 0) > 0) add(REASON_LEDIGA);

  return { id, score, reasons, insats: place(p, ins) };
}

/**
 * The sentence the visitor reads about how far the search had to widen (`kommun`: the chosen
 * kommun's name; `forbund`: the förbund's short name or name), or null when it found something in
 * the kommun. The admin's Guidekarta shows the same sentence.
 */
export function widenedText(widened: Widened, kommun: string | null, forbund: string | null): string | null {
  const where = kommun ?? 'din kommun';
  switch (widened) {
    case null:
      return null;
    case 'forbund':
      return `Vi hittade inget i ${where} som passar dina svar, så här är stöd i hela ${forbund ?? 'samordningsförbundet'}.`;
    case 'lan':
      return `Vi hittade inget i ${where} eller i närmaste samordningsförbund som passar dina svar, så här är stöd i hela länet.`;
    case 'digital':
      return `Vi hittade inget nära ${where} som passar dina svar, så här är stöd som du kan få digitalt var du än bor.`;
  }
}

/** A chain, FAQ item or story suggested on the outcome page. */
export interface RelatedLink {
  readonly path: string;
  readonly titel: string;
}

export interface RelatedContent {
  readonly kedjor: readonly RelatedLink[];
  readonly fragor: readonly RelatedLink[];
  readonly berattelser: readonly RelatedLink[];
}

/**
 * Chains, FAQ items and stories for the outcome page: those about the visitor's livssituationer
 * (2 points each) or mentioning the suggested insatser (1 point each), best first, then by
 * title in Swedish order. At most `max` of each (default 3).
 */
export function related(
  index: GuideIndex,
  answers: Answers,
  results: readonly Pick<MatchResult, 'id'>[],
  flow: WalkableFlow = index.flow,
  max = 3,
): RelatedContent {
  const p = prepare(index);
  const profile = profileOf(p, flow, answers);
  const ls = new Set(profile.options.flatMap((o) => (o.ls === undefined ? [] : [o.ls])));
  const ids = new Set(results.map((r) => r.id));
  const pick = (items: readonly GuideRelated[]): RelatedLink[] =>
    items
      .map((it) => ({
        it,
        s: 2 * (it.l ?? []).filter((l) => ls.has(l)).length + (it.i ?? []).filter((i) => ids.has(i)).length,
      }))
      .filter((x) => x.s > 0)
      .sort((a, b) => b.s - a.s || svCollator.compare(a.it.t, b.it.t) || (a.it.p < b.it.p ? -1 : a.it.p > b.it.p ? 1 : 0))
      .slice(0, max)
      .map(({ it }) => ({ path: it.p, titel: it.t }));
  return { kedjor: pick(index.kd), fragor: pick(index.fq), berattelser: pick(index.be) };
}
