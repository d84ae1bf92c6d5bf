/**
 * The link allow-list for rich text: the one rule both the CMS (refusing to save a
 * bad link) and the build's renderer (never outputting one) apply.
 */

export type HrefKind = 'link' | 'image';
export type HrefCheck = { ok: true; href: string } | { ok: false; reason: 'scheme' | 'credentials' };

/**
 * Checks an address against the allow-list and returns the normalised href to output (not
 * yet HTML-escaped). Links: https:, mailto:, tel:, `/path` and `#fragment`. Images: https:
 * and `/path`. Control characters anywhere, `//host`, `/\host`, http:, javascript:, data: and
 * every other scheme are refused. Surrounding spaces are ignored.
 */
export function checkHref(raw: string, kind: HrefKind): HrefCheck {
  if (hasControlChar(raw)) return { ok: false, reason: 'scheme' };
  const url = raw.trim();
  if (url === '') return { ok: false, reason: 'scheme' };

  if (url.startsWith('#')) return kind === 'link' ? { ok: true, href: hardenHref(url) } : { ok: false, reason: 'scheme' };

  if (url.startsWith('/')) {
    // `//host` and `/\host` are protocol-relative: they leave the site.
    if (url[1] === '/' || url[1] === '\\') return { ok: false, reason: 'scheme' };
    const base = 'https://relative.invalid';
    let parsed: URL;
    try {
      parsed = new URL(url, base);
    } catch {
      return { ok: false, reason: 'scheme' };
    }
    if (parsed.origin !== base) return { ok: false, reason: 'scheme' };
    return { ok: true, href: hardenHref(parsed.pathname + parsed.search + parsed.hash) };
  }

  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, reason: 'scheme' }; // not absolute, and not an allowed relative form
  }
  switch (parsed.protocol) {
    case 'https:':
      if (parsed.hostname === '') return { ok: false, reason: 'scheme' };
      if (parsed.username !== '' || parsed.password !== '') return { ok: false, reason: 'credentials' };
      return { ok: true, href: hardenHref(parsed.href) };
    case 'mailto:':
      return kind === 'link' ? { ok: true, href: hardenHref(parsed.href) } : { ok: false, reason: 'scheme' };
    case 'tel:': {
      if (kind !== 'link') return { ok: false, reason: 'scheme' };
      // Phone numbers are often typed with spaces ("tel:08 123 45 67"); dialers want none.
      const number = parsed.href.slice('tel:'.length).replaceAll('%20', '').replaceAll(' ', '');
      return number === '' ? { ok: false, reason: 'scheme' } : { ok: true, href: hardenHref(`tel:${number}`) };
    }
    default:
      return { ok: false, reason: 'scheme' };
  }
}

/** Percent-encodes what could end or confuse an attribute even before HTML escaping. */
function hardenHref(href: string): string {
  return href.replace(/[\s"'<>`]/g, (c) => (c === "'" ? '%27' : encodeURIComponent(c)));
}

export function isControlCode(code: number): boolean {
  return code <= 0x1f || (code >= 0x7f && code <= 0x9f);
}

function hasControlChar(value: string): boolean {
  for (let i = 0; i < value.length; i++) if (isControlCode(value.charCodeAt(i))) return true;
  return false;
}

/** Swedish explanation for a refused link, shared by the CMS and the build report. */
export const LINK_FIX = 'använd https://, mailto:, tel: eller en relativ länk (som börjar med / eller #).';

/** Every refused link in a Blocks value, with its path, for save-time validation in the CMS. */
export function blockLinkProblems(blocks: unknown): { path: (string | number)[]; message: string }[] {
  const problems: { path: (string | number)[]; message: string }[] = [];
  const walk = (node: unknown, path: (string | number)[]) => {
    if (Array.isArray(node)) {
      for (const [i, child] of node.entries()) walk(child, [...path, i]);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const n = node as { type?: unknown; url?: unknown; children?: unknown; image?: { url?: unknown } };
    if (n.type === 'link' && typeof n.url === 'string') {
      const check = checkHref(n.url, 'link');
      if (!check.ok)
        problems.push({ path: [...path, 'url'], message: `Länken "${n.url.slice(0, 80)}" har en otillåten adress — ${LINK_FIX}` });
    }
    if (n.type === 'image' && typeof n.image?.url === 'string' && !checkHref(n.image.url, 'image').ok) {
      problems.push({ path: [...path, 'image', 'url'], message: 'Bilden måste ligga på en https://-adress.' });
    }
    if (n.children !== undefined) walk(n.children, [...path, 'children']);
  };
  walk(blocks, []);
  return problems;
}
