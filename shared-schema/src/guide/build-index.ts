/**
 * Builds the guide index from the content snapshot: only what the Hitta rätt engine needs,
 * with integer ids and short keys (see index-schema.ts), and the result cards' text split
 * into one file per län plus one for digital insatser. Pure: the same snapshot always gives
 * the same index and cards, byte for byte once serialised.
 */
import type { Kontakt } from '../content/common.ts';
import type { Snapshot } from '../snapshot.ts';
import { STODFORMER } from '../vocabulary.ts';
import type { GuideAlternativ } from './flow.ts';
import {
  DIGITAL_CARD_FILE,
  GUIDE_INDEX_VERSION,
  GUIDE_STATUS,
  type GuideCard,
  type GuideCardFile,
  type GuideIndex,
  type GuideInsats,
  type GuideKontakt,
  type GuideRelated,
  INSATS_PATH_PREFIX,
  lanCardFile,
} from './index-schema.ts';

/** Thrown when the snapshot cannot make a guide index; the message says what to fix. */
export class GuideIndexError extends Error {
  override name = 'GuideIndexError';
}

const sv = new Intl.Collator('sv');
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function kontakt(k: Kontakt | null | undefined): { c?: GuideKontakt } {
  if (!k) return {};
  return {
    c: {
      r: k.roll,
      ...(k.telefon ? { t: k.telefon } : {}),
      ...(k.epost ? { e: k.epost } : {}),
      ...(k.webb ? { w: k.webb } : {}),
    },
  };
}

/** A non-empty list, or nothing: empty lists are left out of the index. */
function ids<K extends string>(key: K, list: readonly number[]): { [P in K]?: number[] } {
  const sorted = [...new Set(list)].sort((a, b) => a - b);
  return (sorted.length > 0 ? { [key]: sorted } : {}) as { [P in K]?: number[] };
}

/** The snapshot collections the guide is built from. */
export const GUIDE_SOURCE_COLLECTIONS = [
  'kommuner',
  'forbund',
  'malgrupper',
  'livssituationer',
  'organisationer',
  'insatser',
  'kedjor',
  'fragor',
  'berattelser',
] as const satisfies readonly (keyof Snapshot['collections'])[];
export type GuideSourceCollection = (typeof GUIDE_SOURCE_COLLECTIONS)[number];

type Collections = Snapshot['collections'];

/**
 * What the guide is built from: the parts of a snapshot it reads (each entry's validated data and
 * its page). A snapshot is one; the admin's Guidekarta makes one from the published documents.
 */
export interface GuideSource {
  readonly generatedAt: string;
  readonly collections: { readonly [K in GuideSourceCollection]: readonly Pick<Collections[K][number], 'data' | 'path'>[] };
  readonly singles: { readonly hittaRatt: Pick<NonNullable<Snapshot['singles']['hittaRatt']>, 'data'> | null };
}

/** The matching index and the card files built from one snapshot (their ids agree). */
export interface GuideBuild {
  readonly index: GuideIndex;
  /** Card files by name: "lan-<länskod>" ("lan-05") or DIGITAL_CARD_FILE, in name order. */
  readonly cards: ReadonlyMap<string, GuideCardFile>;
}

/** The matching index for a snapshot (see buildGuide; this is what the island loads first). */
export function buildGuideIndex(snapshot: GuideSource): GuideIndex {
  return buildGuide(snapshot).index;
}

/**
 * The guide index and card files for a snapshot. Throws a GuideIndexError when the snapshot has no published
 * guide flow, or when the flow names a målgrupp or livssituation that does not exist (the
 * ranking would silently ignore it otherwise).
 */
export function buildGuide(snapshot: GuideSource): GuideBuild {
  const c = snapshot.collections;
  const flowItem = snapshot.singles.hittaRatt;
  if (!flowItem)
    throw new GuideIndexError('Ögonblicksbilden saknar guiden Hitta rätt. Publicera "Hitta rätt" i CMS:et och hämta innehållet igen.');
  const today = snapshot.generatedAt.slice(0, 10);

  // Län and kommuner.
  const lanNames = new Map<string, string>();
  for (const { data: k } of c.kommuner) if (!lanNames.has(k.lanskod)) lanNames.set(k.lanskod, k.lan);
  for (const { data: f } of c.forbund) if (!lanNames.has(f.lan)) lanNames.set(f.lan, `Län ${f.lan}`);
  const lanCodes = [...lanNames.keys()].sort(byCode);
  const lanId = new Map(lanCodes.map((code, i) => [code, i]));
  const kommuner = [...c.kommuner].map((k) => k.data).sort((a, b) => sv.compare(a.namn, b.namn) || byCode(a.kod, b.kod));
  const kommunId = new Map(kommuner.map((k, i) => [k.documentId, i]));
  const kommunIds = (refs: readonly { documentId: string }[]) =>
    refs.map((r) => kommunId.get(r.documentId)).filter((i): i is number => i !== undefined);

  // Förbund.
  const forbund = [...c.forbund].map((f) => f.data).sort((a, b) => sv.compare(a.namn, b.namn) || byCode(a.slug, b.slug));
  const forbundId = new Map(forbund.map((f, i) => [f.documentId, i]));

  // Vocabularies, in slug order so ids are stable when names are edited.
  const malgrupper = [...c.malgrupper].map((m) => m.data).sort((a, b) => byCode(a.slug, b.slug));
  const livssituationer = [...c.livssituationer].map((l) => l.data).sort((a, b) => byCode(a.slug, b.slug));
  const mgId = new Map(malgrupper.map((m, i) => [m.documentId, i]));
  const lsId = new Map(livssituationer.map((l, i) => [l.documentId, i]));
  const refIds = (map: Map<string, number>, refs: readonly { documentId: string }[]) =>
    refs.map((r) => map.get(r.documentId)).filter((i): i is number => i !== undefined);

  // The flow's options must name vocabulary that exists.
  const mgSlugs = new Set(malgrupper.map((m) => m.slug));
  const lsSlugs = new Set(livssituationer.map((l) => l.slug));
  const flow = flowItem.data;
  const problems: string[] = [];
  for (const q of flow.fragor) {
    for (const a of q.alternativ) {
      if (a.malgrupp && !mgSlugs.has(a.malgrupp))
        problems.push(`Alternativet "${a.nyckel}" i frågan "${q.nyckel}" pekar på målgruppen "${a.malgrupp}", som inte finns.`);
      if (a.livssituation && !lsSlugs.has(a.livssituation))
        problems.push(`Alternativet "${a.nyckel}" i frågan "${q.nyckel}" pekar på livssituationen "${a.livssituation}", som inte finns.`);
    }
  }
  if (problems.length > 0) throw new GuideIndexError(`Guiden Hitta rätt kan inte byggas:\n  - ${problems.join('\n  - ')}`);

  // Insatser, in the engine's tie-break order: name in Swedish order, then slug.
  const insatser = [...c.insatser].sort((a, b) => sv.compare(a.data.namn, b.data.namn) || byCode(a.data.slug, b.data.slug));
  const organisationer = new Map(c.organisationer.map((o) => [o.data.documentId, o.data.namn]));
  const insatsId = new Map(insatser.map((i, n) => [i.data.documentId, n]));

  const i: GuideInsats[] = [];
  const cards: { card: GuideCard; excluded: boolean; national: boolean; kommuner: number[] }[] = [];
  for (const { data: d, path } of insatser) {
    const org = organisationer.get(d.organisation.documentId);
    if (org === undefined)
      throw new GuideIndexError(`Insatsen "${d.namn}" pekar på en organisation som saknas i ögonblicksbilden. Hämta innehållet igen.`);
    const ended = d.driftstatus === 'avslutad' || (d.period?.slut != null && d.period.slut < today);
    const f = d.forbund ? forbundId.get(d.forbund.documentId) : undefined;
    const k = kommunIds(d.kommuner);
    i.push({
      sf: STODFORMER.indexOf(d.stodform),
      ...ids('k', k),
      ...(f !== undefined ? { f } : {}),
      ...(d.digital ? { d: 1 as const } : {}),
      ...(d.timmarPerVecka ? { h: d.timmarPerVecka.min } : {}),
      ...ids('g', refIds(mgId, d.malgrupper)),
      ...ids('l', refIds(lsId, d.livssituationer)),
      ...(d.platser?.lediga != null ? { le: d.platser.lediga } : {}),
      ...(d.platser?.ko ? { q: 1 as const } : {}),
      ...(ended ? { st: GUIDE_STATUS.avslutad } : d.driftstatus === 'pausad' ? { st: GUIDE_STATUS.pausad } : {}),
    });
    cards.push({
      card: {
        s: d.slug,
        n: d.namn,
        m: d.sammanfattning,
        ...(path && path !== `${INSATS_PATH_PREFIX}${d.slug}` ? { p: path } : {}),
        o: org,
        ...kontakt(d.kontakt),
      },
      excluded: ended || d.driftstatus === 'pausad',
      // The engine's rule: digital, or offered in no kommun at all, means open wherever you live.
      national: d.digital || k.length === 0,
      kommuner: k,
    });
  }

  // Card files: one per län with insatser, one for digital ones. Paused and ended insatser are
  // never shown, so have no card. Per län, not per kommun: the file a visitor's browser asks for
  // is visible to the web host, and a län is a far coarser hint than the kommun they chose.
  const cardLists = new Map<string, Record<string, GuideCard>>();
  const addCard = (file: string, id: number, card: GuideCard) => {
    const list = cardLists.get(file) ?? {};
    list[String(id)] = card;
    cardLists.set(file, list);
  };
  cards.forEach(({ card, excluded, national, kommuner: ks }, id) => {
    if (excluded) return;
    if (national) addCard(DIGITAL_CARD_FILE, id, card);
    for (const lan of new Set(ks.map((k) => kommuner[k]?.lanskod))) if (lan) addCard(lanCardFile(lan), id, card);
  });
  const cardFiles = new Map<string, GuideCardFile>(
    [...cardLists.keys()]
      .sort(byCode)
      .map((name) => [name, { v: GUIDE_INDEX_VERSION, t: snapshot.generatedAt, c: cardLists.get(name) ?? {} }]),
  );

  // Related content for the outcome page.
  const insatsIds = (refs: readonly { documentId: string }[]) => refIds(insatsId, refs);
  const kedjaLs = new Map<string, number[]>();
  const kd: GuideRelated[] = [];
  for (const { data: k, path } of c.kedjor) {
    const l = k.livssituation ? refIds(lsId, [k.livssituation]) : [];
    kedjaLs.set(k.documentId, l);
    if (!path) continue;
    kd.push({ p: path, t: k.titel, ...ids('l', l), ...ids('i', insatsIds(k.steg.flatMap((s) => s.insatser))) });
  }
  const fq: GuideRelated[] = [];
  for (const { data: q, path } of c.fragor) {
    if (!path) continue;
    fq.push({
      p: path,
      t: q.fraga,
      ...ids(
        'l',
        q.kedjor.flatMap((r) => kedjaLs.get(r.documentId) ?? []),
      ),
      ...ids('i', insatsIds(q.insatser)),
    });
  }
  const be: GuideRelated[] = [];
  for (const { data: b, path } of c.berattelser) {
    if (!path) continue;
    be.push({ p: path, t: b.titel, ...ids('l', refIds(lsId, b.livssituationer)), ...ids('i', insatsIds(b.insatser)) });
  }
  const byTitle = (a: GuideRelated, b: GuideRelated) => sv.compare(a.t, b.t) || byCode(a.p, b.p);

  const option = (a: GuideAlternativ) => ({
    nyckel: a.nyckel,
    text: a.text,
    ...(a.hjalptext ? { hjalptext: a.hjalptext } : {}),
    ...(a.malgrupp ? { malgrupp: a.malgrupp } : {}),
    ...(a.livssituation ? { livssituation: a.livssituation } : {}),
    ...(a.stodform ? { stodform: a.stodform } : {}),
    ...(a.mal ? { mal: a.mal } : {}),
  });

  const index: GuideIndex = {
    v: GUIDE_INDEX_VERSION,
    t: snapshot.generatedAt,
    mg: malgrupper.map((m) => [m.slug, m.namn]),
    ls: livssituationer.map((l) => [l.slug, l.namn]),
    lan: lanCodes.map((code) => [code, lanNames.get(code) ?? code]),
    k: kommuner.map((k) => [k.kod, k.namn, lanId.get(k.lanskod) ?? 0]),
    f: forbund.map((f) => ({
      s: f.slug,
      n: f.namn,
      ...(f.kortnamn ? { kn: f.kortnamn } : {}),
      l: lanId.get(f.lan) ?? 0,
      k: [...new Set(kommunIds(f.kommuner))].sort((a, b) => a - b),
      ...kontakt(f.kontakt),
    })),
    i,
    kd: kd.sort(byTitle),
    fq: fq.sort(byTitle),
    be: be.sort(byTitle),
    flow: {
      rubrik: flow.rubrik,
      ingress: flow.ingress,
      start: flow.start,
      fragor: flow.fragor.map((q) => ({
        nyckel: q.nyckel,
        typ: q.typ,
        rubrik: q.rubrik,
        ...(q.hjalptext ? { hjalptext: q.hjalptext } : {}),
        alternativ: q.alternativ.map(option),
        obligatorisk: q.obligatorisk,
      })),
      regler: flow.regler.map((r) => ({
        fraga: r.fraga,
        villkor: r.villkor,
        ...(r.varde != null ? { varde: r.varde } : {}),
        nasta: r.nasta,
      })),
      utfall: flow.utfall.map((u) => ({ nyckel: u.nyckel, rubrik: u.rubrik, text: u.text, visaInsatser: u.visaInsatser })),
    },
  };
  return { index, cards: cardFiles };
}
