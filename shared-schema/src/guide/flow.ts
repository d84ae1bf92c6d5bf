/**
 * The Hitta rätt guide as data (single type `hitta-ratt`), after GOV.UK Smart Answers:
 * questions, their options, flat ordered rules (`when → go to`) and outcomes. Editors
 * change all of it in the CMS; the schema checks the graph (every target exists, every
 * node is reachable, no cycles, each question ends in a default rule) so that a broken
 * flow can never be published. The engine that walks the flow is a separate, pure module.
 */
import { z } from 'zod';
import { ReviewFields, StrapiEntryBase } from '../content/common.ts';
import { StodformSchema } from '../content/insats.ts';
import { SLUG_PATTERN } from '../slug.ts';
import { GUIDE_MAX_TIMMAR } from '../vocabulary.ts';

export const HITTA_RATT_UID = 'api::hitta-ratt.hitta-ratt' as const;
export const GUIDE_FRAGA_COMPONENT = 'guide.fraga' as const;
export const GUIDE_ALTERNATIV_COMPONENT = 'guide.alternativ' as const;
export const GUIDE_REGEL_COMPONENT = 'guide.regel' as const;
export const GUIDE_UTFALL_COMPONENT = 'guide.utfall' as const;

// ---------------------------------------------------------------------------------------------
// Enumerations
// ---------------------------------------------------------------------------------------------

/**
 * Kinds of question: `enval` (pick one option, radios), `flerval` (pick any number,
 * checkboxes), `kommun` (one of the 290 municipalities, with type-ahead) and `timmar`
 * (a number of hours per week, 0–40). Only `enval` and `flerval` have options.
 */
export const GUIDE_FRAGETYPER = ['enval', 'flerval', 'kommun', 'timmar'] as const;
export const GuideFragetypSchema = z.enum(GUIDE_FRAGETYPER, { error: 'Välj frågans typ: enval, flerval, kommun eller timmar.' });
export type GuideFragetyp = z.infer<typeof GuideFragetypSchema>;

/**
 * When a rule applies: `alltid` (always: the question's default, its last rule),
 * `svar-ar` (an enval answer is the option in `varde`), `svar-innehaller` (a flerval
 * answer includes the option in `varde`), `timmar-minst` / `timmar-hogst` (the hours
 * answered are at least / at most the number in `varde`).
 */
export const GUIDE_VILLKOR = ['alltid', 'svar-ar', 'svar-innehaller', 'timmar-minst', 'timmar-hogst'] as const;
export const GuideVillkorSchema = z.enum(GUIDE_VILLKOR, {
  error: 'Välj regelns villkor: alltid, svar-ar, svar-innehaller, timmar-minst eller timmar-hogst.',
});
export type GuideVillkor = z.infer<typeof GuideVillkorSchema>;

/** What the visitor wants next, as the matching engine reads an option's `mal`. */
export const GUIDE_MAL = ['arbete', 'studier', 'ma-battre', 'forsta-rattigheter'] as const;
export const GuideMalSchema = z.enum(GUIDE_MAL, { error: 'Välj ett mål: arbete, studier, ma-battre eller forsta-rattigheter.' });
export type GuideMal = z.infer<typeof GuideMalSchema>;

/** How each goal is shown to visitors (in reasons such as "För dig som vill börja arbeta"). */
export const GUIDE_MAL_ETIKETT: Record<GuideMal, string> = {
  arbete: 'Arbete',
  studier: 'Studier',
  'ma-battre': 'Må bättre',
  'forsta-rattigheter': 'Förstå mina rättigheter',
};

// ---------------------------------------------------------------------------------------------
// Components
// ---------------------------------------------------------------------------------------------

/**
 * A key that names a question, option or outcome: small letters a–z, digits and hyphens.
 * Rules point at keys, and a visitor's answers are stored by question key, so changing a
 * key of a published question drops the answers visitors have given to it.
 */
export const GuideNyckelSchema = z
  .string({ error: 'Nyckeln saknas. Skriv en kort nyckel med små bokstäver, t.ex. "vad-vill-du".' })
  .min(1, { error: 'Nyckeln saknas. Skriv en kort nyckel med små bokstäver, t.ex. "vad-vill-du".' })
  .max(60, { error: 'Nyckeln får vara högst 60 tecken.' })
  .regex(SLUG_PATTERN, {
    error: 'Nyckeln får bara innehålla små bokstäver a–z, siffror och bindestreck, t.ex. "vad-vill-du" (inte å, ä, ö eller mellanslag).',
  });

/** A slug in one of the controlled vocabularies (målgrupp, livssituation), as an option's match data. */
const vocabularySlug = (what: string) =>
  z
    .string()
    .max(100, { error: `${what} får vara högst 100 tecken.` })
    .regex(SLUG_PATTERN, { error: `${what} ska vara ett adressnamn (slug) ur listan, t.ex. "sjukskrivna-utan-anstallning".` });

/**
 * Component `guide.alternativ`: one answer option of an enval/flerval question, and what
 * choosing it tells the matching engine (all optional: an option may just route the flow).
 */
export const GuideAlternativComponentSchema = z.object({
  id: z.number().int().optional(),
  /** The option's key, unique within its question; rules name it in `varde`. Required. */
  nyckel: GuideNyckelSchema,
  /** The option as the visitor reads it next to the radio or checkbox, e.g. "Sjukpenning". Required, at most 150 characters. */
  text: z
    .string()
    .min(1, { error: 'Svarsalternativet saknar text. Skriv alternativet så som besökaren ska läsa det.' })
    .max(150, { error: 'Svarsalternativets text får vara högst 150 tecken.' }),
  /** A hint under the option that explains it. Optional, at most 300 characters. Default: none. */
  hjalptext: z.string().max(300, { error: 'Hjälptexten till ett svarsalternativ får vara högst 300 tecken.' }).nullable().optional(),
  /** Slug of the målgrupp (api::malgrupp) this answer points to, for ranking. Optional. Default: none. */
  malgrupp: vocabularySlug('Målgruppen').nullable().optional(),
  /** Slug of the livssituation (api::livssituation) this answer points to, for ranking. Optional. Default: none. */
  livssituation: vocabularySlug('Livssituationen').nullable().optional(),
  /** Kind of support this answer suggests (same values as an insats's `stodform`), for ranking. Optional. Default: none. */
  stodform: StodformSchema.nullable().optional(),
  /** What the visitor wants next, if this answer says so. Optional. Default: none. */
  mal: GuideMalSchema.nullable().optional(),
});
export type GuideAlternativ = z.infer<typeof GuideAlternativComponentSchema>;

/** Component `guide.fraga`: one question, shown alone on its own step as the fieldset's legend and page heading. */
export const GuideFragaComponentSchema = z.object({
  id: z.number().int().optional(),
  /** The question's key, unique among questions and outcomes; answers are stored by it and rules name it. Required. */
  nyckel: GuideNyckelSchema,
  /** Kind of question: enval, flerval, kommun or timmar. Required. Default in the editor: "enval". */
  typ: GuideFragetypSchema,
  /** The question as the visitor reads it (legend and h1), e.g. "Vilken kommun bor du i?". Required, at most 160 characters. */
  rubrik: z
    .string()
    .min(1, { error: 'Frågan saknar rubrik. Skriv frågan så som besökaren ska läsa den, t.ex. "Vilken kommun bor du i?".' })
    .max(160, { error: 'Frågans rubrik får vara högst 160 tecken.' }),
  /** A hint under the question (tied to it with aria-describedby). Optional, at most 400 characters. Default: none. */
  hjalptext: z.string().max(400, { error: 'Frågans hjälptext får vara högst 400 tecken.' }).nullable().optional(),
  /** The answer options, in the order shown. At least two for enval/flerval; none for kommun/timmar. Default: empty list. */
  alternativ: z.array(GuideAlternativComponentSchema).default([]),
  /** Whether the visitor must answer before going on; if not, the question's default rule applies. Default: true. */
  obligatorisk: z.boolean().default(true),
});
export type GuideFraga = z.infer<typeof GuideFragaComponentSchema>;

/**
 * Component `guide.regel`: "when question `fraga` is answered so that `villkor` holds, go to
 * `nasta`". Rules are one flat, ordered list; for each question the first rule that applies
 * wins, and its last rule must be `alltid` (the default).
 */
export const GuideRegelComponentSchema = z.object({
  id: z.number().int().optional(),
  /** Key of the question the rule belongs to. Required. */
  fraga: GuideNyckelSchema,
  /** When the rule applies. Required. Default in the editor: "alltid". */
  villkor: GuideVillkorSchema,
  /**
   * What the condition compares with: an option key for `svar-ar`/`svar-innehaller`, a number
   * of hours 0–40 for `timmar-minst`/`timmar-hogst`, empty for `alltid`. Default: none.
   */
  varde: z.string().max(60, { error: 'Regelns värde får vara högst 60 tecken.' }).nullable().optional(),
  /** Key of the question or outcome the visitor goes to when the rule applies. Required. */
  nasta: GuideNyckelSchema,
});
export type GuideRegel = z.infer<typeof GuideRegelComponentSchema>;

/** Component `guide.utfall`: where the guide ends, with a text and (usually) the suggested insatser. */
export const GuideUtfallComponentSchema = z.object({
  id: z.number().int().optional(),
  /** The outcome's key, unique among questions and outcomes; rules lead to it. Required. */
  nyckel: GuideNyckelSchema,
  /** Heading on the result page, e.g. "Stöd för att må bättre". Required, at most 160 characters. */
  rubrik: z
    .string()
    .min(1, { error: 'Utfallet saknar rubrik. Skriv en kort rubrik för resultatsidan.' })
    .max(160, { error: 'Utfallets rubrik får vara högst 160 tecken.' }),
  /** Text to the visitor ("du") above the results: what the suggestions are and what to do next. Required, at most 1 200 characters. */
  text: z
    .string()
    .min(1, { error: 'Utfallet saknar text. Skriv till besökaren vad förslagen är och vad hen kan göra nu.' })
    .max(1200, { error: 'Utfallets text får vara högst 1 200 tecken.' }),
  /** Whether suggested insatser are listed under the text; off for outcomes that point to reading instead. Default: true. */
  visaInsatser: z.boolean().default(true),
});
export type GuideUtfall = z.infer<typeof GuideUtfallComponentSchema>;

// ---------------------------------------------------------------------------------------------
// Graph validation
// ---------------------------------------------------------------------------------------------

/**
 * What kind of problem a flow problem is, where it matters for drawing the flow as a map:
 * a node no rule leads to, a question some answers cannot leave (no default rule, a rule to a
 * key that does not exist, a loop), and a rule that can never apply.
 */
export type GuideFlowProblemSlag = 'oatkomlig' | 'saknar-standardregel' | 'okant-mal' | 'slinga' | 'anvands-aldrig';

/** One thing wrong with a flow: where (as a path into the entry) and what, in Swedish for an editor. */
export interface GuideFlowProblem {
  path: (string | number)[];
  message: string;
  /** The question or outcome the problem is about, when it is about one. */
  nod?: string;
  slag?: GuideFlowProblemSlag;
}

/** The parts of a flow the graph check reads. */
export interface GuideFlowGraph {
  start: string;
  fragor: readonly Pick<GuideFraga, 'nyckel' | 'typ' | 'alternativ'>[];
  regler: readonly GuideRegel[];
  utfall: readonly Pick<GuideUtfall, 'nyckel'>[];
}

const TIMMAR_VARDE = /^\d{1,2}(\.\d+)?$/;
const isHours = (v: string | null | undefined): v is string =>
  typeof v === 'string' && TIMMAR_VARDE.test(v) && Number(v) >= 0 && Number(v) <= GUIDE_MAX_TIMMAR;

/** Rule j can never apply when an earlier rule i of the same question catches every answer it would. */
function shadows(earlier: GuideRegel, later: GuideRegel): boolean {
  if (earlier.villkor !== later.villkor) return false;
  if (earlier.villkor === 'svar-ar' || earlier.villkor === 'svar-innehaller') return earlier.varde === later.varde;
  if (!isHours(earlier.varde) || !isHours(later.varde)) return false;
  if (earlier.villkor === 'timmar-minst') return Number(later.varde) >= Number(earlier.varde);
  if (earlier.villkor === 'timmar-hogst') return Number(later.varde) <= Number(earlier.varde);
  return false;
}

type Question = GuideFlowGraph['fragor'][number];
/** Rule numbers as editors see them in the list: from 1. */
const regelNamn = (i: number) => `Regel ${i + 1}`;

/** What every check reads, and where it reports. */
interface FlowCheck {
  flow: GuideFlowGraph;
  /** Questions by key; of two with the same key, the first (the second is reported as a repeat). */
  questions: Map<string, Question>;
  outcomes: Set<string>;
  add: (path: (string | number)[], message: string, about?: { nod: string; slag?: GuideFlowProblemSlag }) => void;
}

/** Per question: where the rules that can apply lead (only targets that exist), with the rule's index. */
type Edges = Map<string, { nasta: string; index: number }[]>;

/**
 * Every problem in a flow's graph, in a stable order, each with a path and a Swedish message
 * that names the question or rule (rules are numbered from 1, as in the editor's list):
 * unique keys; the start question exists; every rule belongs to a question and leads to a
 * question or outcome; `varde` fits the condition and question; each question ends in a
 * default rule and has no rule that can never apply; every node is reachable from the start;
 * no cycles; enval/flerval questions have at least two options and kommun/timmar none; at
 * least one outcome. Pure: the schema, the CMS and the engine's tests all call it.
 */
export function validateGuideFlowGraph(flow: GuideFlowGraph): GuideFlowProblem[] {
  const problems: GuideFlowProblem[] = [];
  const questions = new Map<string, Question>();
  for (const f of flow.fragor) if (!questions.has(f.nyckel)) questions.set(f.nyckel, f);
  const check: FlowCheck = {
    flow,
    questions,
    outcomes: new Set(flow.utfall.map((u) => u.nyckel)),
    add: (path, message, about) => problems.push({ path, message, ...about }),
  };
  // The order of the checks is the order of the messages an editor reads.
  checkUniqueKeys(check);
  checkNotEmpty(check);
  checkOptionsFitType(check);
  const startOk = checkStart(check);
  checkRules(check);
  const edges = checkRuleOrder(check);
  if (startOk) checkReachable(check, edges);
  checkNoCycles(check, edges, startOk);
  return problems;
}

/** Keys: unique across questions and outcomes, options unique within their question. */
function checkUniqueKeys({ flow, add }: FlowCheck): void {
  const owner = new Map<string, string>();
  flow.fragor.forEach((f, i) => {
    const first = owner.get(f.nyckel);
    if (first)
      add(['fragor', i, 'nyckel'], `Nyckeln "${f.nyckel}" används redan av ${first}. Varje fråga och utfall behöver en egen nyckel.`);
    else owner.set(f.nyckel, `fråga ${i + 1}`);
    const options = new Set<string>();
    f.alternativ.forEach((a, j) => {
      if (options.has(a.nyckel))
        add(
          ['fragor', i, 'alternativ', j, 'nyckel'],
          `Frågan "${f.nyckel}" har två svarsalternativ med nyckeln "${a.nyckel}". Ge varje alternativ en egen nyckel.`,
        );
      options.add(a.nyckel);
    });
  });
  flow.utfall.forEach((u, i) => {
    const first = owner.get(u.nyckel);
    if (first)
      add(['utfall', i, 'nyckel'], `Nyckeln "${u.nyckel}" används redan av ${first}. Varje fråga och utfall behöver en egen nyckel.`);
    else owner.set(u.nyckel, `utfall ${i + 1}`);
  });
}

/** At least one question and one outcome. */
function checkNotEmpty({ flow, add }: FlowCheck): void {
  if (flow.fragor.length === 0) add(['fragor'], 'Guiden har inga frågor. Lägg till minst en fråga under "Frågor".');
  if (flow.utfall.length === 0)
    add(
      ['utfall'],
      'Guiden har inga utfall. Lägg till minst ett utfall under "Utfall" – det är där besökaren hamnar när frågorna är slut.',
    );
}

/** Options fit the kind of question: two or more for enval/flerval, none for kommun/timmar. */
function checkOptionsFitType({ flow, add }: FlowCheck): void {
  flow.fragor.forEach((f, i) => {
    if ((f.typ === 'enval' || f.typ === 'flerval') && f.alternativ.length < 2) {
      add(
        ['fragor', i, 'alternativ'],
        `Frågan "${f.nyckel}" är en ${f.typ === 'enval' ? 'envalsfråga' : 'flervalsfråga'} men har ${f.alternativ.length === 0 ? 'inga svarsalternativ' : 'bara ett svarsalternativ'}. Lägg till minst två alternativ.`,
      );
    }
    if ((f.typ === 'kommun' || f.typ === 'timmar') && f.alternativ.length > 0) {
      const how = f.typ === 'kommun' ? 'besökaren väljer sin kommun i en lista' : 'besökaren skriver ett antal timmar';
      add(
        ['fragor', i, 'alternativ'],
        `Frågan "${f.nyckel}" är av typen "${f.typ}" och ska inte ha några svarsalternativ – ${how}. Ta bort alternativen eller byt typ.`,
      );
    }
  });
}

/** The start is a question; returns whether it is (reachability needs a start). */
function checkStart({ flow, questions, outcomes, add }: FlowCheck): boolean {
  if (questions.has(flow.start)) return true;
  const example = flow.fragor[0] ? ` Skriv nyckeln till en av frågorna, t.ex. "${flow.fragor[0].nyckel}".` : '';
  add(
    ['start'],
    outcomes.has(flow.start)
      ? `Guiden börjar med "${flow.start}", som är ett utfall. Guiden måste börja med en fråga.${example}`
      : `Startfrågan "${flow.start}" finns inte bland frågorna.${example}`,
  );
  return false;
}

/** Each rule on its own: where it belongs, where it leads, what it compares with. */
function checkRules(check: FlowCheck): void {
  check.flow.regler.forEach((r, i) => {
    checkRuleEnds(check, r, i);
    const q = check.questions.get(r.fraga);
    if (q) checkRuleCondition(check, r, i, q);
  });
}

/** A rule belongs to a question that exists and leads to a question or outcome that exists. */
function checkRuleEnds({ questions, outcomes, add }: FlowCheck, r: GuideRegel, i: number): void {
  const name = regelNamn(i);
  if (!questions.has(r.fraga)) {
    add(
      ['regler', i, 'fraga'],
      outcomes.has(r.fraga)
        ? `${name} hör till "${r.fraga}", som är ett utfall. Regler kan bara höra till frågor – ett utfall är slutet på guiden.`
        : `${name} hör till frågan "${r.fraga}", som inte finns. Rätta nyckeln under "Fråga" eller ta bort regeln.`,
    );
  }
  if (!questions.has(r.nasta) && !outcomes.has(r.nasta)) {
    add(
      ['regler', i, 'nasta'],
      `${name} (frågan "${r.fraga}") leder till "${r.nasta}", som inte finns bland frågorna eller utfallen. Rätta nyckeln under "Nästa".`,
      { nod: r.fraga, slag: 'okant-mal' },
    );
  }
}

/** A rule's condition and `varde` fit its question. */
function checkRuleCondition({ add }: FlowCheck, r: GuideRegel, i: number, q: Question): void {
  const named = `${regelNamn(i)} (frågan "${r.fraga}")`;
  switch (r.villkor) {
    case 'alltid':
      if (r.varde)
        add(
          ['regler', i, 'varde'],
          `${named} gäller alltid, så värdet "${r.varde}" används inte. Töm fältet "Värde" eller välj ett annat villkor.`,
        );
      break;
    case 'svar-ar':
    case 'svar-innehaller':
      checkAnswerCondition(add, named, r, i, q);
      break;
    case 'timmar-minst':
    case 'timmar-hogst':
      checkHoursCondition(add, named, r, i, q);
      break;
  }
}

/** `svar-ar` / `svar-innehaller`: a question with options of the matching kind, and one of its option keys. */
function checkAnswerCondition(add: FlowCheck['add'], named: string, r: GuideRegel, i: number, q: Question): void {
  if (q.typ === 'kommun' || q.typ === 'timmar') {
    const instead = q.typ === 'timmar' ? '"timmar-minst", "timmar-hogst" eller "alltid"' : '"alltid"';
    add(
      ['regler', i, 'villkor'],
      `${named}: frågan är av typen "${q.typ}" och har inga svarsalternativ, så villkoret "${r.villkor}" kan aldrig gälla. Använd ${instead}.`,
    );
    return;
  }
  if (r.villkor === 'svar-ar' && q.typ === 'flerval')
    add(['regler', i, 'villkor'], `${named}: frågan är en flervalsfråga – använd villkoret "svar-innehaller" i stället för "svar-ar".`);
  if (r.villkor === 'svar-innehaller' && q.typ === 'enval')
    add(['regler', i, 'villkor'], `${named}: frågan är en envalsfråga – använd villkoret "svar-ar" i stället för "svar-innehaller".`);
  const optionKeys = q.alternativ.map((a) => a.nyckel);
  if (!r.varde) {
    const example = optionKeys[0] ? `, t.ex. "${optionKeys[0]}"` : '';
    add(['regler', i, 'varde'], `${named} saknar värde. Skriv nyckeln till det svarsalternativ som regeln gäller${example}.`);
  } else if (!optionKeys.includes(r.varde)) {
    add(
      ['regler', i, 'varde'],
      `${named} jämför med "${r.varde}", som inte är ett svarsalternativ till frågan. Välj ett av: ${optionKeys.map((k) => `"${k}"`).join(', ')}.`,
    );
  }
}

/** `timmar-minst` / `timmar-hogst`: a timmar question, and a number of hours within the guide's range. */
function checkHoursCondition(add: FlowCheck['add'], named: string, r: GuideRegel, i: number, q: Question): void {
  if (q.typ !== 'timmar')
    add(
      ['regler', i, 'villkor'],
      `${named}: villkoret "${r.villkor}" fungerar bara för frågor av typen "timmar", men frågan är av typen "${q.typ}".`,
    );
  if (!isHours(r.varde))
    add(
      ['regler', i, 'varde'],
      `${named} behöver ett antal timmar mellan 0 och ${GUIDE_MAX_TIMMAR} under "Värde", t.ex. "10"${r.varde ? ` – "${r.varde}" är inte ett sådant tal` : ''}.`,
    );
}

/**
 * Per question, in list order: the rules that can apply (up to and including the first default).
 * A rule after the default or caught by an earlier rule, and a question without a default, are
 * reported. Returns where the rules that can apply lead.
 */
function checkRuleOrder(check: FlowCheck): Edges {
  const edges: Edges = new Map();
  for (const [key] of check.questions) {
    const used = applicableRules(check, key);
    edges.set(
      key,
      used
        .filter(({ r }) => check.questions.has(r.nasta) || check.outcomes.has(r.nasta))
        .map(({ r, index }) => ({ nasta: r.nasta, index })),
    );
  }
  return edges;
}

/** One question's rules that can apply, reporting those that never can and a missing default. */
function applicableRules({ flow, add }: FlowCheck, key: string): { r: GuideRegel; index: number }[] {
  const own = flow.regler.map((r, index) => ({ r, index })).filter(({ r }) => r.fraga === key);
  const used: { r: GuideRegel; index: number }[] = [];
  let fallback: number | undefined;
  for (const rule of own) {
    if (fallback !== undefined) {
      add(
        ['regler', rule.index],
        `${regelNamn(rule.index)} (frågan "${key}") kommer aldrig att användas eftersom regeln före den gäller alltid (${regelNamn(fallback)}). Standardregeln måste vara frågans sista regel: flytta den sist eller ta bort ${regelNamn(rule.index).toLowerCase()}.`,
        { nod: key, slag: 'anvands-aldrig' },
      );
      continue;
    }
    const shadow = used.find((u) => shadows(u.r, rule.r));
    if (shadow) {
      add(
        ['regler', rule.index],
        `${regelNamn(rule.index)} (frågan "${key}") kommer aldrig att användas eftersom ${regelNamn(shadow.index).toLowerCase()} före den redan gäller för samma svar. Ta bort regeln eller ändra villkoret.`,
        { nod: key, slag: 'anvands-aldrig' },
      );
    }
    used.push(rule);
    if (rule.r.villkor === 'alltid') fallback = rule.index;
  }
  if (fallback === undefined) {
    add(
      ['regler'],
      `Frågan "${key}" saknar en standardregel. Lägg till en sista regel för frågan med villkoret "alltid", så att alla svar leder vidare.`,
      { nod: key, slag: 'saknar-standardregel' },
    );
  }
  return used;
}

/** Every question and outcome can be reached from the start question (which exists). */
function checkReachable({ flow, questions, add }: FlowCheck, edges: Edges): void {
  const reached = new Set<string>([flow.start]);
  const queue = [flow.start];
  for (let key = queue.shift(); key !== undefined; key = queue.shift()) {
    for (const { nasta } of edges.get(key) ?? []) {
      if (!reached.has(nasta)) {
        reached.add(nasta);
        queue.push(nasta);
      }
    }
  }
  flow.fragor.forEach((f, i) => {
    if (!reached.has(f.nyckel) && questions.get(f.nyckel) === f)
      add(
        ['fragor', i, 'nyckel'],
        `Frågan "${f.nyckel}" går inte att nå: ingen regel leder dit från startfrågan "${flow.start}". Lägg till en regel som leder till frågan, eller ta bort den.`,
        { nod: f.nyckel, slag: 'oatkomlig' },
      );
  });
  flow.utfall.forEach((u, i) => {
    if (!reached.has(u.nyckel) && !questions.has(u.nyckel))
      add(
        ['utfall', i, 'nyckel'],
        `Utfallet "${u.nyckel}" går inte att nå: ingen regel leder dit från startfrågan "${flow.start}". Lägg till en regel som leder till utfallet, eller ta bort det.`,
        { nod: u.nyckel, slag: 'oatkomlig' },
      );
  });
}

/** No loops: depth-first over questions (from the start first); an edge back to a question on the current path closes one. */
function checkNoCycles({ flow, questions, add }: FlowCheck, edges: Edges, startOk: boolean): void {
  const state = new Map<string, 'pa-vagen' | 'klar'>();
  const stack: string[] = [];
  const visit = (key: string) => {
    state.set(key, 'pa-vagen');
    stack.push(key);
    for (const { nasta, index } of edges.get(key) ?? []) {
      if (!questions.has(nasta)) continue;
      if (state.get(nasta) === 'pa-vagen') {
        const loop = [...stack.slice(stack.indexOf(nasta)), nasta].map((k) => `"${k}"`).join(' → ');
        add(
          ['regler', index, 'nasta'],
          `Frågorna går i en slinga: ${loop}. En besökare kan hamna på samma fråga igen och aldrig komma fram. Ändra ${regelNamn(index).toLowerCase()} så att den leder vidare till en senare fråga eller ett utfall.`,
          { nod: key, slag: 'slinga' },
        );
      } else if (!state.has(nasta)) {
        visit(nasta);
      }
    }
    stack.pop();
    state.set(key, 'klar');
  };
  if (startOk) visit(flow.start);
  for (const key of questions.keys()) if (!state.has(key)) visit(key);
}

// ---------------------------------------------------------------------------------------------
// The single type
// ---------------------------------------------------------------------------------------------

/**
 * Single type `hitta-ratt`: the whole guide flow as the REST API delivers it when published,
 * with `fragor.alternativ`, `regler` and `utfall` populated. Publishing is refused unless the
 * graph is sound (see `validateGuideFlowGraph`).
 */
export const GuideFlowSchema = z
  .object({
    ...StrapiEntryBase,
    ...ReviewFields,
    /** The guide's heading on its first page, e.g. "Hitta rätt stöd för dig". Required, at most 120 characters. */
    rubrik: z
      .string()
      .min(1, { error: 'Guiden saknar rubrik. Skriv en kort rubrik för guidens första sida.' })
      .max(120, { error: 'Guidens rubrik får vara högst 120 tecken.' }),
    /** Short text before the first question: what the guide does, how long it takes, that answers stay in the browser. Required, at most 400 characters. */
    ingress: z
      .string()
      .min(1, { error: 'Guiden saknar ingress. Skriv kort vad guiden gör och att svaren stannar i webbläsaren.' })
      .max(400, { error: 'Guidens ingress får vara högst 400 tecken.' }),
    /** Key of the first question. Required. */
    start: GuideNyckelSchema,
    /** The questions, in the order editors find easiest to read; the rules decide the order visitors see. Default: empty list. */
    fragor: z.array(GuideFragaComponentSchema).default([]),
    /** The flat, ordered rules; per question the first that applies wins and the last must be "alltid". Default: empty list. */
    regler: z.array(GuideRegelComponentSchema).default([]),
    /** The outcomes the flow can end in. At least one. Default: empty list. */
    utfall: z.array(GuideUtfallComponentSchema).default([]),
  })
  .superRefine((flow, ctx) => {
    for (const p of validateGuideFlowGraph(flow)) ctx.addIssue({ code: 'custom', path: p.path, message: p.message });
  });
export type GuideFlow = z.infer<typeof GuideFlowSchema>;

/** Every guide component uid → its zod schema (for the registry and the contract test). */
export const GUIDE_COMPONENT_SCHEMAS = {
  [GUIDE_FRAGA_COMPONENT]: GuideFragaComponentSchema,
  [GUIDE_ALTERNATIV_COMPONENT]: GuideAlternativComponentSchema,
  [GUIDE_REGEL_COMPONENT]: GuideRegelComponentSchema,
  [GUIDE_UTFALL_COMPONENT]: GuideUtfallComponentSchema,
} as const;
