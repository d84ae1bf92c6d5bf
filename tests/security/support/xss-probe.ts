/**
 * Which payloads the CMS refuses on save. Link addresses (and text with control characters) are
 * tried one at a time on a draft that is never published, in each field that takes an address:
 * a refusal there is part of the defence and is recorded, not a failure.
 */
import type { AdminApi } from '@vg/scripts/cms/admin-api.ts';
import { linkBlock } from './xss-blocks.ts';
import type { Payload } from './xss-payloads.ts';

/** Fields that take an address, and how to write one payload into each. */
export const URL_SINKS = {
  'rich-text link': (url: string, marker: string) => ({ path: 'insats', body: { beskrivning: [linkBlock(url, marker)] } }),
  'kontakt.webb': (url: string) => ({ path: 'insats', body: { kontakt: { roll: 'Prov', webb: url } } }),
  'startsida puff.lank': (url: string) => ({ path: 'startsida', body: { puffar: [{ rubrik: 'Prov', text: 'Prov', lank: url }] } }),
} as const;
export type UrlSink = keyof typeof URL_SINKS;

export interface SaveOutcome {
  marker: string;
  sink: UrlSink | 'text';
  accepted: boolean;
  status: number;
}

export const COLLECTION = (uid: string) => `/content-manager/collection-types/${uid}`;
export const SINGLE = (uid: string) => `/content-manager/single-types/${uid}`;
const INSATS = COLLECTION('api::insats.insats');
const STARTSIDA = SINGLE('api::startsida.startsida');

/** Throws with the CMS's answer unless the status is the expected one. */
export function expectStatus(res: { status: number; body: unknown }, want: number, what: string): unknown {
  if (res.status !== want) throw new Error(`${what}: väntade ${want}, fick ${res.status}: ${JSON.stringify(res.body).slice(0, 600)}`);
  return res.body;
}

/** A 400 is the CMS refusing the value; anything else but 200 is a broken CMS, not a defence. */
function outcome(res: { status: number; body: unknown }, what: string): boolean {
  if (res.status === 200) return true;
  if (res.status === 400) return false;
  throw new Error(`${what}: oväntat svar ${res.status}: ${JSON.stringify(res.body).slice(0, 300)}`);
}

/**
 * Tries every url payload in every address field, and every text payload with control
 * characters in a plain-text field, on a scratch draft insats (`draftId`) and the start page's draft.
 */
export async function probeSaves(admin: AdminApi, draftId: string, payloads: readonly Payload[]): Promise<SaveOutcome[]> {
  const results: SaveOutcome[] = [];
  for (const p of payloads) {
    if (p.kind === 'url') {
      for (const [sink, write] of Object.entries(URL_SINKS) as [UrlSink, (typeof URL_SINKS)[UrlSink]][]) {
        const { path, body } = write(p.text, p.marker);
        const res = await admin.request('PUT', path === 'insats' ? `${INSATS}/${draftId}` : STARTSIDA, body);
        results.push({ marker: p.marker, sink, accepted: outcome(res, `${p.marker} i ${sink}`), status: res.status });
      }
    } else if ([...p.text].some((c) => /\p{Cc}/u.test(c) && !/\s/.test(c))) {
      const res = await admin.request('PUT', `${INSATS}/${draftId}`, { tillganglighet: p.text });
      results.push({ marker: p.marker, sink: 'text', accepted: outcome(res, `${p.marker} som text`), status: res.status });
    }
  }
  return results;
}
