/**
 * What the CMS's answer to a submission means for the form: a receipt, fields to correct,
 * a wait, or "not sent" (try again). Pure, so every status is tested without a server.
 */
import { felText } from './messages.ts';

export interface FaltFel {
  /** Where in the payload the error is, e.g. ["uppgifter", "namn"]; [] when it is about no field. */
  path: string[];
  text: string;
}

export type Utfall =
  | { typ: 'kvitto'; kvitto: string }
  | { typ: 'falt'; fel: FaltFel[] }
  /** The Idempotency-Key was used before for other content: send again with a new key. */
  | { typ: 'krock' }
  /** Too many proposals in a short time: try again after the wait the text names. */
  | { typ: 'vanta'; text: string }
  | { typ: 'inte-skickat'; text: string; forsokIgen: boolean };

/** The receipt number the CMS gives, e.g. VG-2026-000123. */
export const KVITTO = /^VG-[0-9]{4}-[0-9]{6,}$/;

export const INTE_NATT =
  'Vi fick ingen kontakt med Välfärdsguiden. Kontrollera att du är ansluten till internet och försök igen om en stund.';
const SERVERFEL = 'Välfärdsguiden kunde inte ta emot förslaget just nu. Försök igen om en stund.';

interface ErrorBody {
  error?: { message?: unknown; details?: { kod?: unknown; errors?: unknown } };
}

function fieldErrors(errors: unknown): FaltFel[] {
  if (!Array.isArray(errors)) return [];
  return errors.flatMap((e: { path?: unknown; message?: unknown }) =>
    typeof e?.message === 'string' ? [{ path: Array.isArray(e.path) ? e.path.map(String) : [], text: e.message }] : [],
  );
}

/** Reads the answer: status, the parsed JSON body (null when there was none) and the Retry-After header. */
export function tolkaSvar(status: number, body: unknown, retryAfter: string | null): Utfall {
  const kvitto = (body as { kvitto?: unknown } | null)?.kvitto;
  if ((status === 200 || status === 201) && typeof kvitto === 'string' && KVITTO.test(kvitto)) return { typ: 'kvitto', kvitto };
  if (status >= 500 || status < 400) return { typ: 'inte-skickat', text: SERVERFEL, forsokIgen: true };

  const details = (body as ErrorBody | null)?.error?.details;
  const kod = typeof details?.kod === 'string' ? details.kod : undefined;
  if (status === 429) {
    const sekunder = Number(retryAfter);
    return { typ: 'vanta', text: felText('for-manga', Number.isFinite(sekunder) && sekunder > 0 ? sekunder : undefined) };
  }
  if (status === 422 && kod === 'idempotens') return { typ: 'krock' };
  // A wrong or revoked key is about the key field, with the fuller explanation.
  if (kod === 'fel-nyckel' || kod === 'aterkallad-nyckel') return { typ: 'falt', fel: [{ path: ['nyckel'], text: felText(kod) }] };
  const fel = fieldErrors(details?.errors);
  if (status === 400 && fel.length > 0) return { typ: 'falt', fel };
  return { typ: 'inte-skickat', text: felText(kod), forsokIgen: false };
}
