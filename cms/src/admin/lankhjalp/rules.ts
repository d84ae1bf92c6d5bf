import { checkHref, LINK_FIX } from '@vg/shared-schema/links';

/** A bare domain as editors paste it from the address bar's display: "www.exempel.se/sida". */
const BARE_DOMAIN = /^(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+(?:[/?#]|$)/u;
const EMAIL = /^[^\s@/:]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u;
const PHONE = /^\+?[\d\s-]{6,}$/;

/**
 * Why the link dialog will not take an address, in Swedish, with the fix; null when the address
 * is one the CMS saves. Strapi's dialog only greys out its Spara for some of these (and lets
 * http: and ftp: through to a refused save): this says, at the field, what the CMS's own rule
 * (the shared allow-list) wants.
 */
export function linkAdvice(raw: string): string | null {
  const url = raw.trim();
  if (url === '') return null;
  const check = checkHref(url, 'link');
  if (check.ok) return null;
  if (check.reason === 'credentials')
    return 'Ta bort användarnamn och lösenord ur adressen (delen före @). De kan dölja vart länken egentligen går.';
  if (/^http:\/\//i.test(url)) return `Länkar sparas bara med https://. Skriv ${url.replace(/^http:/i, 'https:')} om sidan finns där.`;
  if (EMAIL.test(url)) return `En e-postadress länkas med mailto: först. Skriv mailto:${url}.`;
  if (PHONE.test(url)) return `Ett telefonnummer länkas med tel: först. Skriv tel:${url.replace(/[\s-]/g, '')}.`;
  if (BARE_DOMAIN.test(url)) return `Adressen saknar https:// i början. Skriv https://${url}.`;
  return `Adressen går inte att länka till: ${LINK_FIX}`;
}
