/**
 * What the thank-you and error pages read from their address. The CMS answers a plain form POST
 * with a redirect to `/aterkoppling/tack?typ=…&sida=…` or `/aterkoppling/fel?status=…&kod=…&falt=…&vanta=…`;
 * anyone can type such an address, so nothing here is trusted.
 */
import { vantetid } from '../../lib/vantetid.ts';

/** A path on this site: "/" and then no second "/" or "\" (browsers read "//x" and "/\x" as another host). */
const SITE_PATH = /^\/(?![/\\])[A-Za-z0-9\-._~/%]*$/;

/**
 * The page the visitor came from, for a "back" link: `sida` when it is a plain path on this
 * site, otherwise null (another host, "//evil.example", "javascript:…", a query or fragment).
 */
export function returnPath(sida: string | null): string | null {
  if (sida === null || sida.length > 300 || !SITE_PATH.test(sida)) return null;
  return sida;
}

/** What can be wrong, one item each on the error page. */
export const ORSAKER = ['svar', 'kommentar', 'for-manga', 'serverfel', 'annat'] as const;
export type Orsak = (typeof ORSAKER)[number];

/**
 * Which problems the error page should show for its query. Null when the address carries no
 * code (the page was opened by hand): then every problem stays listed.
 */
export function errorReasons(query: URLSearchParams): Orsak[] | null {
  const kod = query.get('kod');
  if (kod === null) return null;
  switch (kod) {
    case 'ogiltig': {
      const falt = query.getAll('falt');
      const reasons: Orsak[] = [];
      if (falt.includes('svar')) reasons.push('svar');
      if (falt.includes('kommentar')) reasons.push('kommentar');
      // typ, sida or a broken idempotency key: the form itself was wrong, not what the visitor wrote.
      if (reasons.length === 0 || falt.some((f) => f !== 'svar' && f !== 'kommentar')) reasons.push('annat');
      return reasons;
    }
    // The only large thing our forms send is the text.
    case 'for-stor':
      return ['kommentar'];
    case 'for-manga':
      return ['for-manga'];
    case 'serverfel':
      return ['serverfel'];
    default:
      return ['annat'];
  }
}

/** How long to wait, from `vanta` (seconds), in words: "45 sekunder", "1 minut", "2 minuter"; null when missing or odd. */
export function waitText(vanta: string | null): string | null {
  if (vanta === null || !/^[0-9]{1,5}$/.test(vanta)) return null;
  const seconds = Number(vanta);
  if (seconds < 1 || seconds > 86_400) return null;
  return vantetid(seconds);
}
