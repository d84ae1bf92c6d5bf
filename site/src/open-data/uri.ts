/** Characters RFC 3986 allows in a URI as they are; anything else is percent-encoded. */
const URI_CHAR = /[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]/;

/**
 * An https address from the CMS as an RFC 3986 URI, which HSDS requires (`format: uri`). The CMS
 * accepts what a browser accepts, and a browser's URL parser leaves some characters as typed
 * (a backtick, `|`, `^`, a stray `%`); they are percent-encoded here so the address still leads
 * to the same page.
 */
export function hsdsUri(address: string): string {
  const href = new URL(address).href;
  let out = '';
  for (let i = 0; i < href.length; i++) {
    const c = href[i] as string;
    if (c === '%' && /^[0-9A-Fa-f]{2}$/.test(href.slice(i + 1, i + 3))) out += c;
    else if (c !== '%' && URI_CHAR.test(c)) out += c;
    else out += encodeURIComponent(c);
  }
  return out;
}
