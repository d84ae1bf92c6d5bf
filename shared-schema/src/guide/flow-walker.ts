/**
 * Walks the Hitta rätt flow (after GOV.UK Smart Answers): given the visitor's answers keyed by
 * question `nyckel`, which question comes next, which questions lie on the current path, and
 * whether an answer is acceptable. Pure: no DOM, no storage, no network. The answers never
 * leave the browser; this module only reads them.
 *
 * Answers are kept by question key, so changing an early answer keeps every later answer: the
 * walk simply re-runs from the start, and answers to questions that are no longer on the path
 * stay in the record but are ignored (they come back into use if the visitor changes back).
 */
import { GUIDE_MAX_TIMMAR, KOMMUNKOD_PATTERN } from '../vocabulary.ts';
import type { GuideFraga, GuideRegel, GuideUtfall } from './flow.ts';

/**
 * One answer: an option key (enval), option keys (flerval), a kommun code such as "0580"
 * (kommun) or a number of hours (timmar). An empty list means "answered without choosing
 * anything", which only a question that is not `obligatorisk` accepts.
 */
export type Answer = string | readonly string[] | number;

/** The visitor's answers, by question key. */
export type Answers = Readonly<Record<string, Answer>>;

/** The parts of a flow the walker reads (both the snapshot's GuideFlow and the index's flow fit). */
export interface WalkableFlow {
  readonly start: string;
  readonly fragor: readonly GuideFraga[];
  readonly regler: readonly GuideRegel[];
  readonly utfall: readonly GuideUtfall[];
}

/** Where the visitor is: a question to answer, or the outcome the answers lead to. */
export type GuideNode = { readonly typ: 'fraga'; readonly fraga: GuideFraga } | { readonly typ: 'utfall'; readonly utfall: GuideUtfall };

/** The result of a walk: the answered questions on the path, in order, and where it stops. */
export interface Walk {
  readonly path: readonly GuideFraga[];
  readonly node: GuideNode;
}

/** A kommun the kommun question accepts: its SCB code and name. */
export interface KommunChoice {
  readonly kod: string;
  readonly namn: string;
}

/** The hours in an answer: a number, or digits typed into a text field ("10"). Undefined otherwise. */
export function hoursOf(answer: Answer | undefined): number | undefined {
  if (typeof answer === 'number') return Number.isFinite(answer) ? answer : undefined;
  if (typeof answer === 'string' && /^\s*\d+(?:[.,]\d+)?\s*$/.test(answer)) return Number(answer.trim().replace(',', '.'));
  return undefined;
}

const isSkip = (answer: Answer): boolean => Array.isArray(answer) && answer.length === 0;

/**
 * Whether a stored answer can be used for the question without looking at the list of
 * kommuner: the walker's check. An answer that no longer fits (an option the editors have
 * removed) counts as unanswered, so the visitor is asked again instead of being sent on a
 * path their answer does not support.
 */
function usable(q: GuideFraga, answer: Answer | undefined): answer is Answer {
  if (answer === undefined) return false;
  if (isSkip(answer)) return !q.obligatorisk;
  switch (q.typ) {
    case 'enval':
      return typeof answer === 'string' && q.alternativ.some((a) => a.nyckel === answer);
    case 'flerval':
      return Array.isArray(answer) && answer.every((v) => q.alternativ.some((a) => a.nyckel === v));
    case 'kommun':
      // Shape only: whether the code is one of the 290 is validateAnswer's job (it has the list).
      return typeof answer === 'string' && KOMMUNKOD_PATTERN.test(answer.trim());
    case 'timmar': {
      const h = hoursOf(answer);
      return h !== undefined && Number.isInteger(h) && h >= 0 && h <= GUIDE_MAX_TIMMAR;
    }
  }
}

/** Whether one rule applies to an answer. A skipped question only takes its default rule. */
function applies(rule: GuideRegel, answer: Answer): boolean {
  if (rule.villkor === 'alltid') return true;
  if (isSkip(answer)) return false;
  switch (rule.villkor) {
    case 'svar-ar':
      return answer === rule.varde;
    case 'svar-innehaller':
      return Array.isArray(answer) && rule.varde != null && answer.includes(rule.varde);
    case 'timmar-minst':
    case 'timmar-hogst': {
      const h = hoursOf(answer);
      const limit = hoursOf(rule.varde ?? undefined);
      if (h === undefined || limit === undefined) return false;
      return rule.villkor === 'timmar-minst' ? h >= limit : h <= limit;
    }
  }
}

/** The rules per question in list order, and the nodes by key. Cached per flow object. */
interface FlowTables {
  questions: Map<string, GuideFraga>;
  outcomes: Map<string, GuideUtfall>;
  rules: Map<string, GuideRegel[]>;
}
const tables = new WeakMap<WalkableFlow, FlowTables>();
function tablesOf(flow: WalkableFlow): FlowTables {
  let t = tables.get(flow);
  if (!t) {
    t = { questions: new Map(), outcomes: new Map(), rules: new Map() };
    for (const q of flow.fragor) if (!t.questions.has(q.nyckel)) t.questions.set(q.nyckel, q);
    for (const u of flow.utfall) if (!t.outcomes.has(u.nyckel)) t.outcomes.set(u.nyckel, u);
    for (const r of flow.regler) {
      const list = t.rules.get(r.fraga) ?? [];
      list.push(r);
      t.rules.set(r.fraga, list);
    }
    tables.set(flow, t);
  }
  return t;
}

/**
 * Walks the flow from its start question with the answers given: for each answered question,
 * the first of its rules that applies decides where to go (the last rule is the `alltid`
 * default). Stops at the first question without a usable answer, or at an outcome.
 *
 * Throws when the flow itself is broken (a missing target, a question without a rule that
 * applies, a loop): the schema refuses such flows, so this only happens with unvalidated data,
 * and hiding it would send visitors to the wrong place.
 */
export function walk(flow: WalkableFlow, answers: Answers): Walk {
  const { questions, outcomes, rules } = tablesOf(flow);
  const path: GuideFraga[] = [];
  const seen = new Set<string>();
  let key = flow.start;
  for (;;) {
    const outcome = outcomes.get(key);
    if (outcome && !questions.has(key)) return { path, node: { typ: 'utfall', utfall: outcome } };
    const q = questions.get(key);
    if (!q) throw new Error(`Guiden leder till "${key}", som varken är en fråga eller ett utfall. Kontrollera guidens regler i CMS:et.`);
    if (seen.has(key)) throw new Error(`Guidens regler går i en slinga vid frågan "${key}". Kontrollera guidens regler i CMS:et.`);
    seen.add(key);
    const answer = answers[q.nyckel];
    if (!usable(q, answer)) return { path, node: { typ: 'fraga', fraga: q } };
    path.push(q);
    const rule = (rules.get(q.nyckel) ?? []).find((r) => applies(r, answer));
    if (!rule)
      throw new Error(`Frågan "${q.nyckel}" saknar en regel som gäller för svaret. Lägg till en sista regel med villkoret "alltid".`);
    key = rule.nasta;
  }
}

/** One step of a path an editor tries in the guide map: a question's rule, as the draft has it. */
export interface PathStep {
  readonly fraga: string;
  readonly villkor: GuideRegel['villkor'];
  readonly varde?: string | null | undefined;
}

const sameRule = (rule: GuideRegel, step: PathStep): boolean =>
  rule.fraga === step.fraga && rule.villkor === step.villkor && (rule.varde ?? '').trim() === (step.varde ?? '').trim();

/** An option that says nothing about who the visitor is or what they want (so it steers no ranking). */
const neutral = (o: GuideFraga['alternativ'][number]): boolean => !o.malgrupp && !o.livssituation && !o.stodform && !o.mal;

/** The answers a visitor could give to `q`, in the order answerForStep tries them. */
function candidates(q: GuideFraga, kommun: string | undefined): Answer[] {
  const skip: Answer[] = q.obligatorisk ? [] : [[]];
  const options = [...q.alternativ.filter(neutral), ...q.alternativ.filter((o) => !neutral(o))].map((o) => o.nyckel);
  switch (q.typ) {
    case 'enval':
      return [...skip, ...options];
    case 'flerval':
      return [...skip, ...options.map((o) => [o])];
    case 'kommun':
      return kommun === undefined ? skip : [kommun, ...skip];
    case 'timmar':
      // Most hours first: the answer that rules out the fewest insatser on that branch.
      return [...skip, ...Array.from({ length: GUIDE_MAX_TIMMAR + 1 }, (_, h) => GUIDE_MAX_TIMMAR - h)];
  }
}

/**
 * What a visitor answers to take one step of a path through the flow: the first of the question's
 * possible answers whose first applying rule is the step's. For a default rule ("alltid") that is
 * no choice when the question may be skipped, else an option no other rule takes (preferring one
 * that says nothing about the visitor), else the most hours no other rule takes; a kommun
 * question takes `kommun` (an SCB code), which a path alone does not supply. Undefined when no
 * answer takes the step: the flow has no such rule, or no kommun was given.
 */
export function answerForStep(flow: WalkableFlow, step: PathStep, kommun?: string): Answer | undefined {
  const { questions, rules } = tablesOf(flow);
  const q = questions.get(step.fraga);
  const own = rules.get(step.fraga) ?? [];
  if (!q || !own.some((r) => sameRule(r, step))) return undefined;
  return candidates(q, kommun).find((answer) => {
    if (!usable(q, answer)) return false;
    const rule = own.find((r) => applies(r, answer));
    return rule !== undefined && sameRule(rule, step);
  });
}

/**
 * The answers that take a tried path's steps, by question key, and the steps no answer takes
 * (see answerForStep). Walk the flow with the answers to see where they lead.
 */
export function answersForPath(flow: WalkableFlow, steps: readonly PathStep[], kommun?: string): { answers: Answers; untaken: PathStep[] } {
  const answers: Record<string, Answer> = {};
  const untaken: PathStep[] = [];
  for (const step of steps) {
    const answer = answerForStep(flow, step, kommun);
    if (answer === undefined) untaken.push(step);
    else answers[step.fraga] ??= answer;
  }
  return { answers, untaken };
}

/** The next question to answer, or the outcome when every question on the path is answered. */
export function nextNode(flow: WalkableFlow, answers: Answers): GuideNode {
  return walk(flow, answers).node;
}

/**
 * The answered questions on the current path, in the order the visitor met them. The last one
 * is where "Tillbaka" goes; the question being asked now is not included (see `nextNode`).
 */
export function visitedPath(flow: WalkableFlow, answers: Answers): readonly GuideFraga[] {
  return walk(flow, answers).path;
}

/**
 * Only the answers that count: those to questions on the current path. Matching reads these,
 * so an answer to a question the visitor no longer passes cannot steer the results.
 */
export function activeAnswers(flow: WalkableFlow, answers: Answers): Answers {
  const active: Record<string, Answer> = {};
  for (const q of visitedPath(flow, answers)) {
    const a = answers[q.nyckel];
    if (a !== undefined) active[q.nyckel] = a;
  }
  return active;
}

/**
 * Why an answer cannot be accepted, as a Swedish message for the error summary and the field,
 * or null when it is fine. `value` is what the form holds: undefined or "" when nothing was
 * chosen. Kommun answers are SCB codes and must be one of `kommuner`.
 */
export function validateAnswer(question: GuideFraga, value: Answer | undefined, kommuner: readonly KommunChoice[]): string | null {
  const empty = value === undefined || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
  if (empty) {
    if (!question.obligatorisk) return null;
    switch (question.typ) {
      case 'enval':
        return 'Välj ett alternativ.';
      case 'flerval':
        return 'Välj minst ett alternativ.';
      case 'kommun':
        return 'Välj den kommun du bor i.';
      case 'timmar':
        return `Skriv hur många timmar i veckan du orkar, ett tal mellan 0 och ${GUIDE_MAX_TIMMAR}.`;
    }
  }
  const known = (key: string) => question.alternativ.some((a) => a.nyckel === key);
  switch (question.typ) {
    case 'enval':
      if (Array.isArray(value)) return 'Välj bara ett alternativ.';
      return typeof value === 'string' && known(value) ? null : 'Välj ett av alternativen i listan.';
    case 'flerval': {
      const list = Array.isArray(value) ? value : [value];
      if (!list.every((v) => typeof v === 'string' && known(v))) return 'Välj bland alternativen i listan.';
      return new Set(list).size === list.length ? null : 'Välj varje alternativ bara en gång.';
    }
    case 'kommun':
      if (typeof value !== 'string' || !kommuner.some((k) => k.kod === value.trim()))
        return 'Välj en kommun i listan. Skriv de första bokstäverna i kommunens namn, till exempel Linköping.';
      return null;
    case 'timmar': {
      const h = hoursOf(value);
      if (h === undefined) return 'Skriv antalet timmar med siffror, till exempel 10.';
      if (!Number.isInteger(h)) return 'Skriv ett helt antal timmar, till exempel 10.';
      if (h < 0 || h > GUIDE_MAX_TIMMAR) return `Skriv ett antal timmar mellan 0 och ${GUIDE_MAX_TIMMAR}.`;
      return null;
    }
  }
}

/** One row in "Dina svar": the question, the answer as the visitor reads it, and the key "Ändra" goes back to. */
export interface SummaryRow {
  /** The question's key: "Ändra" opens this question again. */
  readonly nyckel: string;
  /** The question as asked. */
  readonly fraga: string;
  /** The answer in words, e.g. "Sjukpenning", "Arbetsförmedlingen, Vården", "Linköping", "10 timmar i veckan". */
  readonly svar: string;
}

/** "1 timme i veckan", "10 timmar i veckan". */
export const timmarText = (h: number): string => `${h} ${h === 1 ? 'timme' : 'timmar'} i veckan`;

/**
 * The "Dina svar" list: one row per answered question on the current path, in order. Pass
 * `kommuner` to show a kommun's name instead of its code.
 */
export function summary(flow: WalkableFlow, answers: Answers, kommuner: readonly KommunChoice[] = []): SummaryRow[] {
  return visitedPath(flow, answers).map((q) => {
    const a = answers[q.nyckel];
    const optionText = (key: string) => q.alternativ.find((o) => o.nyckel === key)?.text ?? key;
    let svar: string;
    if (a === undefined || (Array.isArray(a) && a.length === 0)) svar = 'Inget svar';
    else if (q.typ === 'timmar') svar = timmarText(hoursOf(a) ?? 0);
    else if (q.typ === 'kommun') svar = kommuner.find((k) => k.kod === a)?.namn ?? String(a);
    else if (Array.isArray(a)) svar = a.map(optionText).join(', ');
    else svar = optionText(String(a));
    return { nyckel: q.nyckel, fraga: q.rubrik, svar };
  });
}
