/**
 * The guide index: the compact JSON the Hitta rätt island loads when the guide starts
 * (`/hitta-ratt/guide-index.json`). It holds only what the matching engine needs, with short
 * keys and integer ids so that it stays small at national scale (10,000 insatser: about
 * 130 KB gzip, budget 150 KB). The words on the result cards are in separate card files per
 * län (GuideCardFileSchema), loaded when results are shown. No HTML, no rich text: every
 * string is plain text.
 *
 * Ids are positions: a kommun id is its position in `k`, a målgrupp id its position in `mg`,
 * and so on. The schema checks that every id points inside its list, so the island can trust
 * what it has validated.
 */
import { z } from 'zod';
import { LANSKOD_PATTERN } from '../content/kommun.ts';
import { SLUG_PATTERN } from '../slug.ts';
import { KOMMUNKOD_PATTERN, STODFORMER } from '../vocabulary.ts';
import { GuideFragaComponentSchema, GuideRegelComponentSchema, GuideUtfallComponentSchema, validateGuideFlowGraph } from './flow.ts';
import { GUIDE_INDEX_VERSION, GUIDE_STATUS } from './index-format.ts';

export {
  cardFilePath,
  DIGITAL_CARD_FILE,
  GUIDE_INDEX_PATH,
  GUIDE_INDEX_VERSION,
  GUIDE_STATUS,
  INSATS_PATH_PREFIX,
  insatsPath,
  lanCardFile,
} from './index-format.ts';

/** A position in one of the index's lists. */
const Id = z.number().int().min(0);
const Slug = z.string().regex(SLUG_PATTERN);
const Text = z.string().min(1);

/** How to reach the people behind an insats or förbund: a role, never a person. */
export const GuideKontaktSchema = z.object({
  /** The role, e.g. "Förbundets kansli". */
  r: Text,
  /** Phone number as editors wrote it. Optional. */
  t: z.string().optional(),
  /** E-mail address. Optional. */
  e: z.string().optional(),
  /** Web address (https). Optional. */
  w: z.string().optional(),
});
export type GuideKontakt = z.infer<typeof GuideKontaktSchema>;

/** A vocabulary entry (målgrupp, livssituation): [slug, name as visitors read it]. */
export const GuideVocabSchema = z.tuple([Slug, Text]);

/** A municipality: [SCB code, name without "kommun", län id]. */
export const GuideKommunSchema = z.tuple([z.string().regex(KOMMUNKOD_PATTERN), Text, Id]);
export type GuideKommunTuple = z.infer<typeof GuideKommunSchema>;

/** A county: [two-digit code, name]. */
export const GuideLanSchema = z.tuple([z.string().regex(LANSKOD_PATTERN), Text]);

/** A samordningsförbund and the municipalities it covers. */
export const GuideForbundSchema = z.object({
  /** Slug, e.g. "centrala-ostergotland". */
  s: Slug,
  /** Full name, e.g. "Samordningsförbundet Centrala Östergötland". */
  n: Text,
  /** Short name the förbund uses itself, e.g. "SCÖ". Optional. */
  kn: z.string().optional(),
  /** Län id. */
  l: Id,
  /** Kommun ids of the municipalities the förbund covers. */
  k: z.array(Id),
  /** The förbund's office, shown when the guide finds little nearby. Optional. */
  c: GuideKontaktSchema.optional(),
});
export type GuideForbund = z.infer<typeof GuideForbundSchema>;

/**
 * One insats: what the hard filters and the ranking need, and nothing a visitor reads. The
 * words on a result card (name, summary, organisation, contact) live in the card files
 * (GuideCardFileSchema), loaded only when results are shown: at 10,000 insatser that text is
 * most of the bytes. Optional fields are left out when empty, false or unknown, which is what
 * keeps the index small. The insats's id is its position in `i`, which is also the tie-break
 * order (name in Swedish order, then slug).
 */
export const GuideInsatsSchema = z.object({
  /** Stödform id: position in shared-schema's STODFORMER. */
  sf: z
    .number()
    .int()
    .min(0)
    .max(STODFORMER.length - 1),
  /** Kommun ids where the insats is offered. Optional (digital insatser may have none). */
  k: z.array(Id).optional(),
  /** Förbund id of the owning förbund. Optional. */
  f: Id.optional(),
  /** 1 when the insats is digital/national: open wherever you live. Optional. */
  d: z.literal(1).optional(),
  /** Hours a week one must manage at the start (`timmarPerVecka.min`), 1–40. Optional (unknown). */
  h: z.number().int().min(1).max(40).optional(),
  /** Målgrupp ids. Optional. */
  g: z.array(Id).optional(),
  /** Livssituation ids. Optional. */
  l: z.array(Id).optional(),
  /** Free places right now (`platser.lediga`). Optional (unknown). */
  le: z.number().int().min(0).optional(),
  /** 1 when there is a queue. Optional. */
  q: z.literal(1).optional(),
  /** 1 = pausad, 2 = avslutad (see GUIDE_STATUS): never shown. Optional (running). */
  st: z.union([z.literal(GUIDE_STATUS.pausad), z.literal(GUIDE_STATUS.avslutad)]).optional(),
});
export type GuideInsats = z.infer<typeof GuideInsatsSchema>;

/** A chain, FAQ item or story the outcome page can suggest: its path, title and what it is about. */
export const GuideRelatedSchema = z.object({
  /** Path on the site, e.g. "/berattelser/fran-soffan-till-vaxthuset". */
  p: z.string().startsWith('/'),
  /** Title (for an FAQ item: the question). */
  t: Text,
  /** Livssituation ids it is about. Optional. */
  l: z.array(Id).optional(),
  /** Insats ids it mentions. Optional. */
  i: z.array(Id).optional(),
});
export type GuideRelated = z.infer<typeof GuideRelatedSchema>;

/** The flow as the index carries it: the published single type without Strapi's bookkeeping. */
export const GuideIndexFlowSchema = z
  .object({
    rubrik: Text,
    ingress: Text,
    start: z.string(),
    fragor: z.array(GuideFragaComponentSchema),
    regler: z.array(GuideRegelComponentSchema),
    utfall: z.array(GuideUtfallComponentSchema),
  })
  .superRefine((flow, ctx) => {
    for (const p of validateGuideFlowGraph(flow)) ctx.addIssue({ code: 'custom', path: p.path, message: p.message });
  });
export type GuideIndexFlow = z.infer<typeof GuideIndexFlowSchema>;

/** The whole index. */
export const GuideIndexSchema = z
  .object({
    /** Format version: GUIDE_INDEX_VERSION. */
    v: z.literal(GUIDE_INDEX_VERSION),
    /** When the content snapshot was pulled (ISO date-time): how fresh lediga platser are. */
    t: z.string(),
    /** Målgrupper: [slug, name]; a målgrupp id is a position here. */
    mg: z.array(GuideVocabSchema),
    /** Livssituationer: [slug, name in first person]. */
    ls: z.array(GuideVocabSchema),
    /** Län: [code, name]. */
    lan: z.array(GuideLanSchema),
    /** Kommuner: [code, name, län id], sorted by name in Swedish order (the type-ahead's order). */
    k: z.array(GuideKommunSchema),
    /** Samordningsförbund. */
    f: z.array(GuideForbundSchema),
    /** Insatser, sorted by name in Swedish order, then slug: the engine's tie-break order (an id is a position here). */
    i: z.array(GuideInsatsSchema),
    /** Chains (Så fungerar välfärdssystemet). */
    kd: z.array(GuideRelatedSchema),
    /** FAQ items (Vanliga frågor). */
    fq: z.array(GuideRelatedSchema),
    /** Stories (Berättelser om livet). */
    be: z.array(GuideRelatedSchema),
    /** The question flow. */
    flow: GuideIndexFlowSchema,
  })
  .superRefine((ix, ctx) => {
    // Every id must point inside its list, so the engine never reads past an array.
    const check = (ids: readonly number[] | undefined, size: number, path: (string | number)[], what: string) => {
      for (const id of ids ?? []) {
        if (id >= size) ctx.addIssue({ code: 'custom', path, message: `${what} ${id} finns inte i indexet (det har ${size}).` });
      }
    };
    ix.k.forEach((k, n) => {
      check([k[2]], ix.lan.length, ['k', n, 2], 'Länet');
    });
    ix.f.forEach((f, n) => {
      check([f.l], ix.lan.length, ['f', n, 'l'], 'Länet');
      check(f.k, ix.k.length, ['f', n, 'k'], 'Kommunen');
    });
    ix.i.forEach((i, n) => {
      check(i.k, ix.k.length, ['i', n, 'k'], 'Kommunen');
      check(i.f === undefined ? [] : [i.f], ix.f.length, ['i', n, 'f'], 'Förbundet');
      check(i.g, ix.mg.length, ['i', n, 'g'], 'Målgruppen');
      check(i.l, ix.ls.length, ['i', n, 'l'], 'Livssituationen');
    });
    for (const key of ['kd', 'fq', 'be'] as const) {
      ix[key].forEach((r, n) => {
        check(r.l, ix.ls.length, [key, n, 'l'], 'Livssituationen');
        check(r.i, ix.i.length, [key, n, 'i'], 'Insatsen');
      });
    }
  });
export type GuideIndex = z.infer<typeof GuideIndexSchema>;

/**
 * What a result card shows about one insats: the text the matching index leaves out. Cards are
 * split into files by kommun (`/hitta-ratt/kort/<kommunkod>.json`: the insatser offered there)
 * plus one for digital/national insatser (`/hitta-ratt/kort/digital.json`), so the island only
 * loads the text for the results it shows. Paused and ended insatser have no card.
 */
export const GuideCardSchema = z.object({
  /** Slug: the page is `/vagval/<s>` unless `p` says otherwise. */
  s: Slug,
  /** Name, e.g. "Jonsbo – grön rehabilitering". */
  n: Text,
  /** Plain-language summary (sammanfattning), at most 200 characters. */
  m: Text,
  /** The page's path when it is not `/vagval/<s>`. Optional. */
  p: z.string().startsWith('/').optional(),
  /** Who runs it (the organisation's name). */
  o: Text,
  /** Contact for the card. Optional. */
  c: GuideKontaktSchema.optional(),
});
export type GuideCard = z.infer<typeof GuideCardSchema>;

/** One card file: the cards by insats id, stamped with the index they belong to. */
export const GuideCardFileSchema = z.object({
  /** Format version: GUIDE_INDEX_VERSION. */
  v: z.literal(GUIDE_INDEX_VERSION),
  /** The index's `t`: a card file from another build is refused (its ids would mean other insatser). */
  t: z.string(),
  /** Cards by insats id (the id as a decimal string, as JSON object keys are). */
  c: z.record(z.string().regex(/^[0-9]+$/), GuideCardSchema),
});
export type GuideCardFile = z.infer<typeof GuideCardFileSchema>;
