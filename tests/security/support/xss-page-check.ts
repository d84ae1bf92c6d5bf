/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * What a stored XSS would leave in a page, looked for in Chromium: traps installed before any
 * page script (alert/confirm/prompt/print and a `window.__xss` setter, in every frame), dialogs,
 * navigations away, and after load a walk over the DOM for injected nodes, event-handler
 * attributes, script-capable URLs and broken JSON-LD. Also returns the page's visible text so
 * the test can prove each payload arrived as text.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

export interface TrapHit {
  page: string;
  frame: string;
  via: string;
  value: string;
}

/** The page as the DOM walk found it. */
export interface PageFindings {
  /** Injected nodes, handler attributes, bad URLs: each a short description naming the element. */
  problems: string[];
  /** Each `<script type="application/ld+json">`: parsed, or the parse error. */
  jsonLd: ({ ok: true; value: unknown } | { ok: false; error: string; text: string })[];
  title: string;
  /** `document.body.innerText`. */
  text: string;
  /** Every `img[alt]`. */
  alts: string[];
  /** Every link: visible text and resolved href. */
  links: { text: string; href: string }[];
}

/** Records trap hits from every page and frame of the context. */
export async function installTraps(context: BrowserContext, hits: TrapHit[]): Promise<void> {
  await context.exposeBinding('__vgXssHit', (source, via: string, value: string) => {
    hits.push({ page: source.page?.url() ?? '', frame: source.frame.url(), via, value });
  });
  await context.addInitScript(() => {
    const w = window as unknown as Record<string, unknown> & { __vgXssHit: (via: string, value: string) => void };
    const report = (via: string, value: unknown) => {
      void w.__vgXssHit(via, String(value));
    };
    Object.defineProperty(window, '__xss', { configurable: false, get: () => undefined, set: (v: unknown) => report('__xss', v) });
    for (const name of ['alert', 'confirm', 'prompt'] as const) {
      const original = window[name] as (...args: unknown[]) => unknown;
      w[name] = (...args: unknown[]) => {
        report(name, args[0]);
        // The real dialog too, so the page's dialog listener sees it.
        return original.apply(window, args);
      };
    }
    w.print = () => report('print', '');
  });
}

/** Attributes whose value is a URL the browser may load or navigate to. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'data', 'poster', 'background', 'xlink:href', 'codebase', 'cite', 'ping'];

/**
 * Where the site itself puts CMS text into attributes (so a payload's marker there is expected):
 * meta descriptions, Pagefind filters, glossary aliases, image alternative text, the search
 * page's target-group filter, and link addresses the CMS accepted (their scheme is checked separately).
 */
const MARKER_ATTRIBUTES: [string, string][] = [
  ['meta', 'content'],
  ['span', 'data-pagefind-filter'],
  ['dfn', 'data-alias'],
  ['img', 'alt'],
  ['a', 'href'],
  ['option', 'value'],
];

/** Runs in the page: the DOM walk. Self-contained (it is serialised into the browser). */
function walkDom(args: { urlAttributes: string[]; markerAttributes: [string, string][] }): PageFindings {
  const problems: string[] = [];
  const marker = /xss\d{3}/;
  const show = (el: Element) => el.outerHTML.slice(0, 200);
  const decode = (value: string) => {
    const area = document.createElement('textarea');
    area.innerHTML = value;
    let v = area.value;
    for (let i = 0; i < 3; i++) {
      try {
        const next = decodeURIComponent(v);
        if (next === v) break;
        v = next;
      } catch {
        break;
      }
    }
    // The URL parser drops tabs and newlines anywhere and control characters and spaces at the ends; drop all of them, to be strict.
    return v.replace(/[\s\p{Cc}\u200b-\u200f\u2028\u2029\ufeff]/gu, '').toLowerCase();
  };
  const badScheme = (value: string) => /^(javascript|data|vbscript):/.test(decode(value));
  for (const el of document.querySelectorAll('*')) {
    const tag = el.localName;
    if (el.hasAttribute('data-xss')) problems.push(`data-xss-element: ${show(el)}`);
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`handler-attribute ${name}: ${show(el)}`);
      if (name === 'srcdoc') problems.push(`srcdoc: ${show(el)}`);
      if (marker.test(name)) problems.push(`attribute named by a payload: ${show(el)}`);
      if (args.urlAttributes.includes(name) && badScheme(attr.value)) problems.push(`bad-url ${name}: ${show(el)}`);
      if (
        name === 'style' &&
        (/javascript:|expression\s*\(/i.test(attr.value) || (/url\s*\(/i.test(attr.value) && marker.test(attr.value)))
      ) {
        problems.push(`style: ${show(el)}`);
      }
      if (marker.test(attr.value) && !args.markerAttributes.some(([t, a]) => t === tag && a === name))
        problems.push(`payload in attribute ${name}: ${show(el)}`);
    }
    if (['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'portal'].includes(tag))
      problems.push(`injected-element: ${show(el)}`);
    if (tag === 'meta' && el.hasAttribute('http-equiv')) problems.push(`meta-http-equiv: ${show(el)}`);
    if ((tag === 'style' || tag === 'template' || tag === 'noscript' || tag === 'textarea') && marker.test(el.textContent ?? '')) {
      problems.push(`payload inside <${tag}>: ${show(el)}`);
    }
    if (
      (tag === 'a' || tag === 'area') &&
      /^(javascript|data|vbscript):$/.test(new URL((el as HTMLAnchorElement).href || location.href).protocol)
    ) {
      problems.push(`bad-href (resolved): ${show(el)}`);
    }
  }
  const jsonLd: PageFindings['jsonLd'] = [];
  for (const script of document.scripts) {
    if (script.type === 'application/ld+json') {
      try {
        jsonLd.push({ ok: true, value: JSON.parse(script.textContent ?? '') });
      } catch (err) {
        jsonLd.push({ ok: false, error: String(err), text: (script.textContent ?? '').slice(0, 300) });
      }
    } else if (script.src && new URL(script.src).origin !== location.origin) problems.push(`foreign script: ${show(script)}`);
    else if (!script.src && marker.test(script.textContent ?? '')) problems.push(`script with a payload: ${show(script)}`);
  }
  return {
    problems,
    jsonLd,
    title: document.title,
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point: what a reader sees, without script or JSON-LD source.
    text: document.body.innerText,
    alts: [...document.querySelectorAll('img[alt]')].map((img) => img.getAttribute('alt') ?? ''),
    links: [...document.querySelectorAll('a[href]')].map((a) => ({
      // biome-ignore lint/performance/useDomNodeTextContent: the link's text as a reader sees it.
      text: (a as HTMLElement).innerText,
      href: (a as HTMLAnchorElement).href,
    })),
  };
}

export interface PageVisit extends PageFindings {
  path: string;
  dialogs: string[];
  navigations: string[];
  errors: string[];
}

/**
 * Opens `path`, lets handlers that fire late (onerror, ontoggle, onbegin, autofocus) have their
 * chance, runs `ready` (e.g. wait for search results) and walks the DOM.
 */
export async function visit(page: Page, baseUrl: string, path: string, ready?: (page: Page) => Promise<void>): Promise<PageVisit> {
  const dialogs: string[] = [];
  const navigations: string[] = [];
  const errors: string[] = [];
  const onDialog = (d: import('playwright-core').Dialog) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss().catch(() => undefined);
  };
  const onError = (err: Error) => errors.push(err.message);
  page.on('dialog', onDialog);
  page.on('pageerror', onError);
  try {
    await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
    const url = page.url();
    const onNavigate = (frame: import('playwright-core').Frame) => {
      if (frame === page.mainFrame() && frame.url() !== url) navigations.push(frame.url());
    };
    page.on('framenavigated', onNavigate);
    await ready?.(page);
    await page.waitForTimeout(150);
    page.off('framenavigated', onNavigate);
    const findings = await page.evaluate(walkDom, { urlAttributes: URL_ATTRIBUTES, markerAttributes: MARKER_ATTRIBUTES });
    return { path, dialogs, navigations, errors, ...findings };
  } finally {
    page.off('dialog', onDialog);
    page.off('pageerror', onError);
  }
}

/** Where the positive control is served: a page of the built site that holds payloads unescaped. */
export const CONTROL_PATH = '/xss-kontroll';

/**
 * Writes the positive control into the built site: the given payloads as raw HTML and a JSON-LD
 * block that a payload closes early. If the traps and the DOM walk do not catch these, a clean
 * result on the real pages would mean nothing.
 */
export function writeControlPage(dist: string, payloads: readonly { marker: string; text: string }[]): void {
  const jsonLd = `<script type="application/ld+json">{"name":"</script><b data-xss="${payloads[0]?.marker ?? ''}">"}</script>`;
  // `</iframe>` after each: an unclosed iframe would swallow the rest of the page as its fallback text.
  const body = payloads.map((p) => `<div>${p.text}</iframe></div>`).join('\n');
  const html = `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Kontroll</title>${jsonLd}</head><body><p>Kontroll</p>${body}</body></html>`;
  fs.mkdirSync(path.join(dist, CONTROL_PATH), { recursive: true });
  fs.writeFileSync(path.join(dist, CONTROL_PATH, 'index.html'), html);
}
