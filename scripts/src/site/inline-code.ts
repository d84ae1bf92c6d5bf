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

/** Inline scripts, styles and blocked attributes of one HTML document. */
export function scanInlineCode(html: string): InlineCode {
  const result: InlineCode = { scriptHashes: [], styleHashes: [], blockedAttributes: [] };
  for (const m of html.matchAll(TOKEN)) {
    const [, rawTextTag, rawTextAttrs, text, tag, tagAttrs] = m;
    if (rawTextTag !== undefined) {
      const attrs = attributes(rawTextAttrs ?? '');
      result.blockedAttributes.push(...blockedIn(rawTextTag.toLowerCase(), attrs));
      if (rawTextTag.toLowerCase() === 'style') result.styleHashes.push(hashSource(text ?? ''));
      else if (isInlineExecuted(attrs)) result.scriptHashes.push(hashSource(text ?? ''));
    } else if (tag !== undefined) {
      result.blockedAttributes.push(...blockedIn(tag.toLowerCase(), attributes(tagAttrs ?? '')));
    }
  }
  return result;
}
