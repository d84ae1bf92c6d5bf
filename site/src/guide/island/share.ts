/**
 * "Dela": the guide's answers in a link's fragment (`#svar=…`), made only when the visitor asks
 * for it. A fragment never leaves the browser with a request, so the answers reach no server,
 * ours included; whoever opens the link (a case worker) sees the same result.
 */
import type { Answer, Answers } from '@vg/shared-schema/guide';
import { fromBase64Url, toBase64Url } from '../../lib/base64url.ts';
import { isAnswer } from './storage.ts';

const KEY = 'svar=';
/** Longer than any real set of answers; a longer fragment is not ours. */
export const MAX_FRAGMENT_LENGTH = 4_000;

/** The fragment that carries the answers, `#svar=…`. */
export function shareFragment(answers: Answers): string {
  return `#${KEY}${toBase64Url(JSON.stringify(answers))}`;
}

/** The answers in a shared link's fragment; null when there are none or they are not readable. */
export function answersFromFragment(hash: string): Answers | null {
  const fragment = hash.replace(/^#/, '');
  if (!fragment.startsWith(KEY) || fragment.length > MAX_FRAGMENT_LENGTH) return null;
  try {
    const json: unknown = JSON.parse(fromBase64Url(fragment.slice(KEY.length)));
    if (typeof json !== 'object' || json === null || Array.isArray(json)) return null;
    const answers: Record<string, Answer> = {};
    for (const [key, value] of Object.entries(json)) if (isAnswer(value)) answers[key] = value;
    return Object.keys(answers).length > 0 ? answers : null;
  } catch {
    return null;
  }
}
