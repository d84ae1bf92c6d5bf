/**
 * The guide's memory between page loads in the same tab: sessionStorage only, which the
 * browser clears when the tab closes and never sends anywhere. Never cookies, never localStorage
 * (which would outlive the visit on a shared computer), and the URL only in a link the visitor
 * asks for with Dela (share.ts), in its fragment.
 */
import type { Answer, Answers } from '@vg/shared-schema/guide';

export const STORAGE_KEY = 'valfardsguiden:hitta-ratt';

/** What is kept: the answers by question key, whether the guide was started, and the question being changed. */
export interface GuideState {
  readonly started: boolean;
  readonly answers: Answers;
  /** A question opened with "Ändra" or "Tillbaka", shown instead of the next unanswered one. */
  readonly editing: string | null;
}

export const EMPTY_STATE: GuideState = { started: false, answers: {}, editing: null };

export const isAnswer = (v: unknown): v is Answer =>
  typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)) || (Array.isArray(v) && v.every((x) => typeof x === 'string'));

/** The stored state, or the empty state when there is none or it is not readable (storage off, another format). */
export function readState(storage: Pick<Storage, 'getItem'> | undefined): GuideState {
  try {
    const raw = storage?.getItem(STORAGE_KEY);
    if (!raw) return EMPTY_STATE;
    const json: unknown = JSON.parse(raw);
    if (typeof json !== 'object' || json === null) return EMPTY_STATE;
    const { started, answers, editing } = json as Record<string, unknown>;
    if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) return EMPTY_STATE;
    const clean: Record<string, Answer> = {};
    for (const [key, value] of Object.entries(answers)) if (isAnswer(value)) clean[key] = value;
    return { started: started === true, answers: clean, editing: typeof editing === 'string' ? editing : null };
  } catch {
    // Storage can be switched off or full; the guide then simply forgets between page loads.
    return EMPTY_STATE;
  }
}

/** Keeps the state for this tab; clears it when the guide is back at its empty start. */
export function writeState(storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined, state: GuideState): void {
  try {
    if (!state.started && Object.keys(state.answers).length === 0) storage?.removeItem(STORAGE_KEY);
    else storage?.setItem(STORAGE_KEY, JSON.stringify(state));
  } catch {
    // As in readState: without storage the guide still works, it just does not survive a reload.
  }
}

/** sessionStorage when the browser allows it. */
export function sessionStore(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.sessionStorage;
  } catch {
    return undefined;
  }
}
