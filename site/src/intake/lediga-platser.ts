/**
 * What /lediga-platser/tack and /lediga-platser/fel read from their address after the CMS
 * answered a plain form POST to its lediga-platser route (`?insats=…`, or
 * `?status=…&kod=…&falt=…&vanta=…`). Anyone can type such an address, so nothing here is
 * trusted. Pure and without imports of zod, so the pages' scripts stay small.
 */

/**
 * shared-schema's SLUG_PATTERN, repeated here because slug.ts brings zod into the page's
 * bundle; lediga-platser.test.ts keeps the two the same.
 */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The insats's address name in `?insats=`, when it is one (so a link to /vagval/<slug> is safe); otherwise null. */
export function insatsFran(search: string): string | null {
  const insats = new URLSearchParams(search).get('insats');
  return insats !== null && insats.length <= 100 && SLUG.test(insats) ? insats : null;
}

/** What can be wrong with an update, one item each on the error page. */
export const LEDIGA_ORSAKER = [
  'nyckel',
  'aterkallad-nyckel',
  'insats',
  'inga-platser',
  'fel-organisation',
  'lediga',
  'ko',
  'for-manga',
  'serverfel',
  'annat',
] as const;
export type LedigaOrsak = (typeof LEDIGA_ORSAKER)[number];

/** The form's fields, in the order the form shows them; any other `falt` means the form itself was wrong. */
const FALT = ['nyckel', 'insats', 'lediga', 'ko'] as const;
const isFalt = (f: string): f is (typeof FALT)[number] => (FALT as readonly string[]).includes(f);

/**
 * Which problems the error page shows for its address. Null when there is no code (the page
 * was opened by hand): then every problem stays listed.
 */
export function ledigaOrsaker(query: URLSearchParams): LedigaOrsak[] | null {
  const kod = query.get('kod');
  if (kod === null) return null;
  switch (kod) {
    case 'ogiltig': {
      const falt = query.getAll('falt');
      const reasons: LedigaOrsak[] = [];
      for (const f of FALT) {
        if (!falt.includes(f)) continue;
        // 409 on the insats: it exists and is theirs, but has no number of places yet for the figure to belong to.
        reasons.push(f === 'insats' && query.get('status') === '409' ? 'inga-platser' : f);
      }
      // idempotensnyckel, or no field at all: the form was wrong, not what the organisation wrote.
      if (reasons.length === 0 || falt.some((f) => !isFalt(f))) reasons.push('annat');
      return reasons;
    }
    case 'fel-nyckel':
      return ['nyckel'];
    case 'aterkallad-nyckel':
    case 'fel-organisation':
    case 'for-manga':
    case 'serverfel':
      return [kod];
    default:
      return ['annat'];
  }
}
