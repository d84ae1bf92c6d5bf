/**
 * Sending the proposal as JSON with an Idempotency-Key that stays the same for every retry of the
 * same content, so a retry after a lost answer never stores it twice.
 */
import { INTE_NATT, tolkaSvar, type Utfall } from '../../intake/response.ts';
import { ATTEMPT_KEY, storage } from './storage.ts';

const RETRY_PAUSE_MS = 2000;

interface Attempt {
  /** The Idempotency-Key, the same for every retry of the same content. */
  nyckel: string;
  /** The payload without the submission key, to tell a retry from changed content. */
  content: string;
}

const newIdempotencyKey = (): string =>
  typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

/** One POST, its answer read as an outcome; a network failure is "not sent, try again". */
async function postOnce(url: string, data: Record<string, unknown>, nyckel: string): Promise<Utfall> {
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': nyckel },
      body: JSON.stringify(data),
    });
    const body: unknown = await res.json().catch(() => null);
    return tolkaSvar(res.status, body, res.headers.get('Retry-After'));
  } catch {
    return { typ: 'inte-skickat', text: INTE_NATT, forsokIgen: true };
  }
}

/** The key for this content: the attempt in progress, or a new one when the content changed. */
function attemptFor(content: string): Attempt {
  const attempt = storage.read<Attempt>(ATTEMPT_KEY);
  if (attempt?.content === content) return attempt;
  const fresh = { nyckel: newIdempotencyKey(), content };
  storage.write(ATTEMPT_KEY, fresh);
  return fresh;
}

/**
 * Sends the payload: one automatic retry for a lost connection or a server error (after
 * `vantar` is told), and a new key after a clash with another attempt.
 */
export async function send(url: string, data: Record<string, unknown>, onRetry: () => void): Promise<Utfall | undefined> {
  const content = JSON.stringify({ ...data, nyckel: undefined });
  let outcome: Utfall | undefined;
  for (let round = 0; round < 2; round++) {
    outcome = await postOnce(url, data, attemptFor(content).nyckel);
    if (outcome.typ === 'krock') {
      storage.remove(ATTEMPT_KEY);
      continue;
    }
    if (outcome.typ !== 'inte-skickat' || !outcome.forsokIgen || round > 0) break;
    onRetry();
    await new Promise((r) => setTimeout(r, RETRY_PAUSE_MS));
  }
  return outcome;
}
