/**
 * Sending the proposal as JSON with an Idempotency-Key that stays the same for every retry of the
 * same content, so a retry after a lost answer never stores it twice.
 */
import { INTE_NATT, tolkaSvar, type Utfall } from '../../intake/response.ts';
import { FORSOK, lagring } from './storage.ts';

const PAUS_MS = 2000;

interface Forsok {
  /** The Idempotency-Key, the same for every retry of the same content. */
  nyckel: string;
  /** The payload without the submission key, to tell a retry from changed content. */
  innehall: string;
}

const nyIdempotensnyckel = (): string =>
  typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

/** One POST, its answer read as an outcome; a network failure is "not sent, try again". */
async function posta(url: string, data: Record<string, unknown>, nyckel: string): Promise<Utfall> {
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
function forsokFor(innehall: string): Forsok {
  const forsok = lagring.las<Forsok>(FORSOK);
  if (forsok?.innehall === innehall) return forsok;
  const nytt = { nyckel: nyIdempotensnyckel(), innehall };
  lagring.spara(FORSOK, nytt);
  return nytt;
}

/**
 * Sends the payload: one automatic retry for a lost connection or a server error (after
 * `vantar` is told), and a new key after a clash with another attempt.
 */
export async function skicka(url: string, data: Record<string, unknown>, vantar: () => void): Promise<Utfall | undefined> {
  const innehall = JSON.stringify({ ...data, nyckel: undefined });
  let utfall: Utfall | undefined;
  for (let varv = 0; varv < 2; varv++) {
    utfall = await posta(url, data, forsokFor(innehall).nyckel);
    if (utfall.typ === 'krock') {
      lagring.ta(FORSOK);
      continue;
    }
    if (utfall.typ !== 'inte-skickat' || !utfall.forsokIgen || varv > 0) break;
    vantar();
    await new Promise((r) => setTimeout(r, PAUS_MS));
  }
  return utfall;
}
