/**
 * What a path tried in Guidekarta leads to with the published content: the insatser a visitor
 * of the site would be suggested for the same answers. The path's steps (the draft's rules the
 * editor chose) become answers with the site's own flow walker (`answersForPath`), and the
 * ranking is the site's own `match` over the guide index built from the published content: the
 * engine is `@vg/shared-schema/guide`, not a copy. Pure: the route reads the content, this
 * only computes.
 */

import type { ValidGuide } from '@vg/shared-schema';
import {
  answersForPath,
  cardFilesFor,
  GUIDE_VILLKOR,
  KOMMUNKOD_PATTERN,
  type KommunChoice,
  match,
  type SummaryRow,
  summary,
  type Widened,
  walk,
} from '@vg/shared-schema';
import { z } from 'zod';

/** As many insatser as the site's result page shows (site/src/guide/island/HittaRatt.tsx). */
export const SUGGESTION_LIMIT = 20;

/** What the map sends: the tried path's rules, in order, and the kommun the editor chose (an SCB code), if any. */
export const PathRequestSchema = z.strictObject(
  {
    steg: z
      .array(
        z.strictObject({
          fraga: z.string().max(100),
          villkor: z.enum(GUIDE_VILLKOR),
          varde: z.string().max(60).nullable().optional(),
        }),
      )
      .max(200),
    kommun: z.string().regex(KOMMUNKOD_PATTERN, { error: 'kommun ska vara en kommunkod med fyra siffror, t.ex. 0580.' }).optional(),
  },
  { error: 'Skicka { steg: [{ fraga, villkor, varde }], kommun } och inget annat.' },
);
export type PathRequest = z.infer<typeof PathRequestSchema>;

/** One suggested insats, as the editor reads it. */
export interface SuggestedInsats {
  namn: string;
  organisation: string;
  /** The reasons the site gives the visitor, most important first. */
  skal: string[];
}

/**
 * Where the path ends in the published guide: `forslag` an outcome that lists insatser,
 * `inga-insatser` an outcome that lists none, `valj-kommun` a kommun question the path does not
 * answer (choose one), `stannar` a question the published guide asks that the path does not
 * answer (the draft and the published guide differ).
 */
export type PathEnd = 'forslag' | 'inga-insatser' | 'valj-kommun' | 'stannar';

export interface PathSuggestions {
  lage: PathEnd;
  /** The outcome (forslag, inga-insatser) or the question where the published guide stops. */
  nod: { nyckel: string; rubrik: string };
  /** The answers the suggestions are computed from, as the site's "Dina svar" shows them. */
  svar: SummaryRow[];
  /** Steps of the path the published guide has no such rule for. */
  saknas: { fraga: string; villkor: string; varde: string | null }[];
  /** Every kommun a visitor can choose, in the site's order (for the editor's choice). */
  kommuner: KommunChoice[];
  kommun: KommunChoice | null;
  /** How far the search widened: null when the kommun (or the whole country, without a kommun) had results. */
  vidgat: Widened;
  /** The förbund whose area the search widened to, when it did. */
  forbund: string | null;
  /** How many insatser passed the filters; `insatser` holds the best SUGGESTION_LIMIT of them. */
  antal: number;
  insatser: SuggestedInsats[];
}

/** The route's answer: the suggestions, and how many published entries were left out as invalid. */
export type PathSuggestionsAnswer = PathSuggestions & { utelamnade: number };

/** The suggestions for a tried path, from the validated guide built from the published content. */
export function pathSuggestions(guide: ValidGuide, request: PathRequest): PathSuggestions {
  const { index, cards } = guide;
  const flow = index.flow;
  const { answers, untaken } = answersForPath(flow, request.steg, request.kommun);
  const kommuner = index.k.map(([kod, namn]) => ({ kod, namn }));
  const base = {
    svar: summary(flow, answers, kommuner),
    saknas: untaken.map((s) => ({ fraga: s.fraga, villkor: s.villkor, varde: s.varde ?? null })),
    kommuner,
    kommun: kommuner.find((k) => k.kod === request.kommun) ?? null,
    vidgat: null,
    forbund: null,
    antal: 0,
    insatser: [],
  };
  const end = walk(flow, answers).node;
  if (end.typ === 'fraga')
    return {
      ...base,
      lage: end.fraga.typ === 'kommun' ? 'valj-kommun' : 'stannar',
      nod: { nyckel: end.fraga.nyckel, rubrik: end.fraga.rubrik },
    };
  const nod = { nyckel: end.utfall.nyckel, rubrik: end.utfall.rubrik };
  if (!end.utfall.visaInsatser) return { ...base, lage: 'inga-insatser', nod };

  const outcome = match(index, answers, flow, { limit: SUGGESTION_LIMIT });
  // The cards hold the words; read them from the files the island would load.
  const plan = cardFilesFor(
    index,
    outcome.results.map((r) => r.id),
    request.kommun,
  );
  const cardOf = new Map<number, { n: string; o: string }>();
  for (const [file, ids] of plan)
    for (const id of ids) {
      const card = cards.get(file)?.c[String(id)];
      if (card) cardOf.set(id, card);
    }
  const forbund = outcome.widened === 'forbund' ? (outcome.contact?.kortnamn ?? outcome.contact?.forbund ?? null) : null;
  return {
    ...base,
    lage: 'forslag',
    nod,
    vidgat: outcome.widened,
    forbund,
    antal: outcome.total,
    insatser: outcome.results.flatMap((r) => {
      const card = cardOf.get(r.id);
      return card ? [{ namn: card.n, organisation: card.o, skal: [...r.reasons] }] : [];
    }),
  };
}
