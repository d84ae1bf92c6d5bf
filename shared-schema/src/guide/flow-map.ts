/**
 * The Hitta rätt flow as a map for editors: every question and outcome as a node, every rule
 * as an arrow labelled with the answers it takes, laid out left to right from the start, with
 * the graph validation's findings on the nodes they concern (a node no rule reaches, a question
 * some answers cannot leave). Reads a draft as the admin holds it, so keys may be empty and
 * lists missing; nothing here throws. Pure: the admin's map and its tests call it.
 */
import { type GuideFlowGraph, type GuideFlowProblem, type GuideRegel, validateGuideFlowGraph } from './flow.ts';

/** A draft flow as the content manager returns it: any field may be missing or empty. */
export interface GuideMapDraft {
  start?: unknown;
  fragor?: unknown;
  regler?: unknown;
  utfall?: unknown;
}

/**
 * `ok`; `oatkomlig`: no rule leads there from the start; `atervandsgrand`: a question some
 * answers cannot leave (no default rule, a rule to a key that does not exist, a loop, or no
 * outcome anywhere after it); `saknas`: a key a rule leads to that is neither question nor outcome.
 */
export type GuideMapStatus = 'ok' | 'oatkomlig' | 'atervandsgrand' | 'saknas';

export interface GuideMapNode {
  nyckel: string;
  typ: 'fraga' | 'utfall' | 'saknas';
  /** The question or outcome as visitors read it (the key when the heading is empty). */
  rubrik: string;
  /** For questions: enval, flerval, kommun or timmar. */
  frageTyp?: string;
  /** For enval and flerval questions: the options, in order. */
  alternativ: { nyckel: string; text: string }[];
  /** Left to right: 0 is the start. */
  kolumn: number;
  /** Top to bottom within the column. */
  rad: number;
  status: GuideMapStatus;
  /** The validation's messages about this node, for the editor. */
  problem: string[];
}

export interface GuideMapEdge {
  /** The rule's index in the list (rules are numbered from 1 for editors). */
  regel: number;
  fran: string;
  till: string;
  /** Which answers take the arrow, in words: "Svar: Arbete", "Minst 20 timmar", "Alla andra svar". */
  villkor: string;
  /** `anvands-aldrig`: an earlier rule already takes every answer this one would. */
  status: 'ok' | 'anvands-aldrig';
}

export interface GuideMap {
  start: string;
  noder: GuideMapNode[];
  pilar: GuideMapEdge[];
  kolumner: number;
  /** Every problem the validation found, including those not about one node (a missing start). */
  problem: GuideFlowProblem[];
}

const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');
const list = (v: unknown): Record<string, unknown>[] =>
  Array.isArray(v) ? v.filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null) : [];

interface DraftQuestion {
  nyckel: string;
  typ: string;
  rubrik: string;
  alternativ: { nyckel: string; text: string }[];
}

function readDraft(draft: GuideMapDraft) {
  const fragor: DraftQuestion[] = list(draft.fragor).map((f) => ({
    nyckel: text(f.nyckel),
    typ: text(f.typ),
    rubrik: text(f.rubrik),
    alternativ: list(f.alternativ).map((a) => ({ nyckel: text(a.nyckel), text: text(a.text) })),
  }));
  const regler: GuideRegel[] = list(draft.regler).map((r) => ({
    fraga: text(r.fraga),
    villkor: (text(r.villkor) || 'alltid') as GuideRegel['villkor'],
    varde: text(r.varde) || null,
    nasta: text(r.nasta),
  }));
  const utfall = list(draft.utfall).map((u) => ({ nyckel: text(u.nyckel), rubrik: text(u.rubrik) }));
  return { start: text(draft.start), fragor, regler, utfall };
}

/** Which answers a rule takes, in an editor's words, naming options by their text. */
function conditionText(r: GuideRegel, q: DraftQuestion | undefined, others: boolean): string {
  const option = q?.alternativ.find((a) => a.nyckel === r.varde);
  const named = option?.text || r.varde || '?';
  switch (r.villkor) {
    case 'svar-ar':
      return `Svar: ${named}`;
    case 'svar-innehaller':
      return `Svaret innehåller: ${named}`;
    case 'timmar-minst':
      return `Minst ${r.varde ?? '?'} timmar`;
    case 'timmar-hogst':
      return `Högst ${r.varde ?? '?'} timmar`;
    default:
      return others ? 'Alla andra svar' : 'Alla svar';
  }
}

/** Draws the flow as a map: nodes in columns by their longest distance from the start, arrows per rule. */
export function guideFlowMap(draft: GuideMapDraft): GuideMap {
  const flow = readDraft(draft);
  const problems = validateGuideFlowGraph(flow as GuideFlowGraph);
  const questions = new Map<string, DraftQuestion>();
  for (const q of flow.fragor) if (q.nyckel && !questions.has(q.nyckel)) questions.set(q.nyckel, q);
  const outcomes = new Map<string, { nyckel: string; rubrik: string }>();
  for (const u of flow.utfall) if (u.nyckel && !questions.has(u.nyckel) && !outcomes.has(u.nyckel)) outcomes.set(u.nyckel, u);

  const neverUsed = new Set(problems.filter((p) => p.slag === 'anvands-aldrig' && p.path[0] === 'regler').map((p) => p.path[1] as number));
  const pilar: GuideMapEdge[] = [];
  flow.regler.forEach((r, regel) => {
    if (!questions.has(r.fraga) || !r.nasta) return;
    const others = flow.regler.some((o, j) => j !== regel && o.fraga === r.fraga && o.villkor !== 'alltid');
    pilar.push({
      regel,
      fran: r.fraga,
      till: r.nasta,
      villkor: conditionText(r, questions.get(r.fraga), others),
      status: neverUsed.has(regel) ? 'anvands-aldrig' : 'ok',
    });
  });
  const missing = [...new Set(pilar.map((p) => p.till).filter((k) => !questions.has(k) && !outcomes.has(k)))];
  const usable = pilar.filter((p) => p.status === 'ok');
  const next = (key: string) => usable.filter((p) => p.fran === key).map((p) => p.till);

  const reached = reachableFrom(questions.has(flow.start) ? [flow.start] : [], next);
  const leadsToOutcome = reachesOutcome(questions, outcomes, next);
  const column = columns(flow.start, questions, next, reached);

  const problemsOf = (key: string) => problems.filter((p) => p.nod === key);
  const statusOf = (key: string, isQuestion: boolean): GuideMapStatus => {
    const own = problemsOf(key);
    if (own.some((p) => p.slag === 'oatkomlig') || !reached.has(key)) return 'oatkomlig';
    if (isQuestion && (own.some((p) => p.slag !== 'anvands-aldrig') || !leadsToOutcome.has(key))) return 'atervandsgrand';
    return 'ok';
  };

  const questionColumns = [...questions.keys()].filter((k) => reached.has(k)).map((k) => column.get(k) ?? 0);
  const outcomeColumn = (questionColumns.length > 0 ? Math.max(...questionColumns) : -1) + 1;
  const noder: GuideMapNode[] = [];
  for (const q of questions.values()) {
    const status = statusOf(q.nyckel, true);
    const messages = problemsOf(q.nyckel).map((p) => p.message);
    if (status === 'atervandsgrand' && messages.length === 0)
      messages.push(`Ingen väg från frågan "${q.nyckel}" leder till ett utfall. Se till att frågorna efter den leder vidare.`);
    noder.push({
      nyckel: q.nyckel,
      typ: 'fraga',
      rubrik: q.rubrik || q.nyckel,
      frageTyp: q.typ,
      alternativ: q.alternativ,
      kolumn: reached.has(q.nyckel) ? (column.get(q.nyckel) ?? 0) : -1,
      rad: 0,
      status,
      problem: messages,
    });
  }
  for (const u of outcomes.values())
    noder.push({
      nyckel: u.nyckel,
      typ: 'utfall',
      rubrik: u.rubrik || u.nyckel,
      alternativ: [],
      kolumn: reached.has(u.nyckel) ? outcomeColumn : -1,
      rad: 0,
      status: statusOf(u.nyckel, false),
      problem: problemsOf(u.nyckel).map((p) => p.message),
    });
  for (const key of missing) {
    const from = pilar.filter((p) => p.till === key).map((p) => column.get(p.fran) ?? 0);
    noder.push({
      nyckel: key,
      typ: 'saknas',
      rubrik: `"${key}" finns inte`,
      alternativ: [],
      kolumn: Math.max(...from) + 1,
      rad: 0,
      status: 'saknas',
      problem: [`Ingen fråga eller inget utfall har nyckeln "${key}".`],
    });
  }
  // Nodes nothing reaches get a column of their own after the rest.
  const lastColumn = Math.max(outcomeColumn, ...noder.map((n) => n.kolumn));
  for (const n of noder) if (n.kolumn < 0) n.kolumn = lastColumn + 1;
  const kolumner = Math.max(0, ...noder.map((n) => n.kolumn + 1));
  const rows = new Map<number, number>();
  for (const n of noder) {
    n.rad = rows.get(n.kolumn) ?? 0;
    rows.set(n.kolumn, n.rad + 1);
  }
  return { start: flow.start, noder, pilar, kolumner, problem: problems };
}

function reachableFrom(starts: string[], next: (key: string) => string[]): Set<string> {
  const seen = new Set(starts);
  const queue = [...starts];
  for (let key = queue.shift(); key !== undefined; key = queue.shift())
    for (const to of next(key))
      if (!seen.has(to)) {
        seen.add(to);
        queue.push(to);
      }
  return seen;
}

/** The questions from which some path ends in an outcome. */
function reachesOutcome(
  questions: Map<string, DraftQuestion>,
  outcomes: Map<string, unknown>,
  next: (key: string) => string[],
): Set<string> {
  const good = new Set<string>();
  for (let changed = true; changed; ) {
    changed = false;
    for (const key of questions.keys())
      if (!good.has(key) && next(key).some((to) => outcomes.has(to) || good.has(to))) {
        good.add(key);
        changed = true;
      }
  }
  return good;
}

/** Each reached question's column: its longest distance from the start, ignoring arrows that close a loop. */
function columns(start: string, questions: Map<string, DraftQuestion>, next: (key: string) => string[], reached: Set<string>) {
  const depth = new Map<string, number>();
  const onPath = new Set<string>();
  const visit = (key: string, d: number) => {
    if (onPath.has(key) || (depth.get(key) ?? -1) >= d) return;
    depth.set(key, d);
    onPath.add(key);
    for (const to of next(key)) if (questions.has(to) && reached.has(to)) visit(to, d + 1);
    onPath.delete(key);
  };
  if (questions.has(start)) visit(start, 0);
  return depth;
}
