/**
 * What a built page runs or styles inline, as a Content-Security-Policy without 'unsafe-inline'
 * must know it: the SHA-256 hash source of every inline `<script>` the browser executes and every
 * `<style>` element, and the inline attributes such a policy blocks (`style="…"`, `onclick="…"`,
 * `javascript:` links), which no hash can allow without 'unsafe-hashes'.
 *
 * The scanner reads HTML the way Astro writes it (quoted attributes, raw-text script and style
 * elements); it is not a general HTML parser. tests/security/csp.test.ts checks its result
 * against what Chromium actually enforces on every page type.
 */
import { createHash } from 'node:crypto';

export interface InlineCode {
  /** `'sha256-…'` of each inline executed script, in page order, repeats kept. */
  scriptHashes: string[];
  /** `'sha256-…'` of each `<style>` element. */
  styleHashes: string[];
  /** Inline attributes a strict policy blocks, e.g. `<div style="…">`; empty for a clean page. */
  blockedAttributes: string[];
  /**
   * The https origins other than the page's own that its images load from (`<img src>`,
   * `srcset` of `<img>` and `<picture>`'s `<source>`), in page order, repeats kept: a story's
   * image on the CMS's bucket or CDN (S3_PUBLIC_URL), which img-src must name.
   */
  imageOrigins: string[];
}

/**
 * Script types the browser executes (HTML's JavaScript MIME types, plus module, import maps and
 * speculation rules, which CSP also checks against script-src). Any other type is a data block
 * (`application/ld+json`): never executed, so it needs no hash.
 */
const EXECUTED_TYPES = new Set([
  '',
  'module',
  'importmap',
  'speculationrules',
  'application/ecmascript',
  'application/javascript',
  'application/x-ecmascript',
  'application/x-javascript',
  'text/ecmascript',
  'text/javascript',
  'text/javascript1.0',
  'text/javascript1.1',
  'text/javascript1.2',
  'text/javascript1.3',
  'text/javascript1.4',
  'text/javascript1.5',
  'text/jscript',
  'text/livescript',
  'text/x-ecmascript',
  'text/x-javascript',
]);

/** A comment, a script or style element with its raw text, or any other start tag. */
const TOKEN =
  /<!--[\s\S]*?-->|<(script|style)\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/\1\s*>|<([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;

function attributes(source: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of source.matchAll(ATTRIBUTE)) {
    const name = (m[1] ?? '').toLowerCase();
    const raw = m[2] ?? '';
    if (!found.has(name)) found.set(name, /^["']/.test(raw) ? raw.slice(1, -1) : raw);
  }
  return found;
}

/**
 * The hash source CSP compares with an inline element: SHA-256 of its text as UTF-8, after the
 * HTML parser's newline normalisation (CR LF and lone CR become LF before the browser hashes).
 */
export function hashSource(text: string): string {
  const normalised = text.replace(/\r\n?/g, '\n');
  return `'sha256-${createHash('sha256').update(normalised, 'utf8').digest('base64')}'`;
}

/** Is this `<script>` run by the browser from its own text (not external, not a data block)? */
function isInlineExecuted(attrs: Map<string, string>): boolean {
  if (attrs.has('src')) return false;
  return EXECUTED_TYPES.has((attrs.get('type') ?? '').trim().toLowerCase());
}

function blockedIn(tag: string, attrs: Map<string, string>): string[] {
  const blocked: string[] = [];
  for (const [name, value] of attrs) {
    if (name === 'style' || /^on[a-z]+$/.test(name)) blocked.push(`<${tag} ${name}="${value}">`);
    else if ((name === 'href' || name === 'action' || name === 'src') && /^\s*javascript:/i.test(value)) {
      blocked.push(`<${tag} ${name}="${value}">`);
    }
  }
  return blocked;
}

/** Stands in for the page's own origin when resolving its image addresses: relative ones are 'self'. */
const OWN_ORIGIN = 'https://sidan.invalid';

/** The image addresses of an `<img>` or `<source>`: src, and each candidate of srcset ("url 2x, url 640w"). */
function imageAddresses(tag: string, attrs: Map<string, string>): string[] {
  if (tag !== 'img' && tag !== 'source') return [];
  const found: string[] = [];
  const src = attrs.get('src');
  // <source src> belongs to <audio> and <video> (media-src); only <img src> is an image.
  if (tag === 'img' && src) found.push(src);
  for (const candidate of (attrs.get('srcset') ?? '').split(',')) {
    const address = candidate.trim().split(/\s+/)[0];
    if (address) found.push(address);
  }
  return found;
}

/** The origin an image address loads from, when it is an https origin other than the page's own. */
function foreignImageOrigin(address: string): string | undefined {
  const url = URL.parse(address.trim().replaceAll('&amp;', '&'), OWN_ORIGIN);
  // http: would be mixed content and data: is never written by the build: neither is allowed.
  if (url === null || url.protocol !== 'https:' || url.origin === OWN_ORIGIN) return undefined;
  return url.origin;
}

/** Inline scripts, styles, blocked attributes and foreign image origins of one HTML document. */
export function scanInlineCode(html: string): InlineCode {
  const result: InlineCode = { scriptHashes: [], styleHashes: [], blockedAttributes: [], imageOrigins: [] };
  for (const m of html.matchAll(TOKEN)) {
    const [, rawTextTag, rawTextAttrs, text, tag, tagAttrs] = m;
    if (rawTextTag !== undefined) {
      const attrs = attributes(rawTextAttrs ?? '');
      result.blockedAttributes.push(...blockedIn(rawTextTag.toLowerCase(), attrs));
      if (rawTextTag.toLowerCase() === 'style') result.styleHashes.push(hashSource(text ?? ''));
      else if (isInlineExecuted(attrs)) result.scriptHashes.push(hashSource(text ?? ''));
    } else if (tag !== undefined) {
      const name = tag.toLowerCase();
      const attrs = attributes(tagAttrs ?? '');
      result.blockedAttributes.push(...blockedIn(name, attrs));
      for (const address of imageAddresses(name, attrs)) {
        const origin = foreignImageOrigin(address);
        if (origin) result.imageOrigins.push(origin);
      }
    }
  }
  return result;
}
