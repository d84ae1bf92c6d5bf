/**
 * What the preview service sends: the rendered page made into a preview (never indexed, no
 * scripts, the site's styles, a notice that it is a draft and what to fix), and plain pages for
 * when there is nothing to show. Also the headers every answer carries.
 */
import { createHash } from 'node:crypto';
import type { ContentProblem } from '../pull/content-problem.ts';
import { escapeHtml } from '../pull/render-blocks.ts';
import type { SiteStyles } from './site-styles.ts';

export const PREVIEW_STYLES_PATH = '/forhandsvisning/stilar.css';

/** The preview's own notice, styled here since the site's styles know nothing of it. */
const NOTICE_CSS = `
.vg-forhandsvisning{margin:0;padding:.75rem 1rem;background:#fff4d6;border-bottom:3px solid #8a5a00;color:#1a1a1a;font:1rem/1.5 system-ui,sans-serif}
.vg-forhandsvisning strong{display:block}
.vg-forhandsvisning ul{margin:.5rem 0 0;padding-left:1.25rem}
`;

/** The stylesheet the preview serves at PREVIEW_STYLES_PATH: the built pages' inlined styles and the notice. */
export function previewStylesheet(styles: SiteStyles): string {
  return `${styles.inline}\n${NOTICE_CSS}`;
}

/**
 * The admin's preview panel posts `strapiUpdate` to the frame after a save; the page then shows
 * the saved draft. Only from the admin's origin, and the one script the page may run.
 */
function reloadScript(adminOrigins: readonly string[]): string {
  return `addEventListener('message',function(e){if(${JSON.stringify(adminOrigins)}.indexOf(e.origin)>=0&&e.data&&e.data.type==='strapiUpdate')location.reload()})`;
}

/** Headers of every answer: never cached, never indexed, the token never passed on, only the admin may frame it. */
export function previewHeaders(adminOrigins: readonly string[], imageOrigins: readonly string[]): Record<string, string> {
  const script = createHash('sha256').update(reloadScript(adminOrigins)).digest('base64');
  return {
    'Cache-Control': 'no-store',
    'X-Robots-Tag': 'noindex, nofollow',
    // The address holds the token: a followed link must not carry it along.
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': [
      "default-src 'none'",
      "style-src 'self'",
      `img-src 'self' data: https: ${imageOrigins.join(' ')}`.trim(),
      "font-src 'self'",
      `script-src 'sha256-${script}'`,
      `frame-ancestors ${adminOrigins.join(' ')}`,
      "base-uri 'none'",
      "form-action 'none'",
    ].join('; '),
  };
}

/** The pipeline's problems with the draft, one list item each: the field, then what to do. */
const problemList = (problems: readonly ContentProblem[]): string =>
  problems.length
    ? `<ul>${problems.map((p) => `<li>${p.field ? `<em>${escapeHtml(p.field)}</em>: ` : ''}${escapeHtml(p.message)}</li>`).join('')}</ul>`
    : '';

function noticeHtml(problems: readonly ContentProblem[]): string {
  const list = problems.length ? `<p>Det här behöver rättas innan du publicerar:</p>${problemList(problems)}` : '';
  return `<div class="vg-forhandsvisning" role="note"><strong>Förhandsvisning av ett utkast.</strong> Så här ser sidan ut när den publiceras. Besökare kan inte se den.${list}</div>`;
}

/** The rendered page as a preview: no scripts of the site, no canonical address, not indexed, the site's styles and the notice. */
export function previewPage(
  html: string,
  options: { styles: SiteStyles; adminOrigins: readonly string[]; problems: readonly ContentProblem[] },
): string {
  const head = [
    '<meta name="robots" content="noindex, nofollow">',
    ...options.styles.sheets.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`),
    `<link rel="stylesheet" href="${PREVIEW_STYLES_PATH}">`,
    `<script>${reloadScript(options.adminOrigins)}</script>`,
  ].join('');
  return html
    .replace(/<script\b[\s\S]*?<\/script>/gi, '')
    .replace(/<link\b[^>]*\brel="canonical"[^>]*>/gi, '')
    .replace(/<meta\b[^>]*\bname="robots"[^>]*>/gi, '')
    .replace(/<\/head>/i, `${head}</head>`)
    .replace(/<body\b[^>]*>/i, (body) => `${body}${noticeHtml(options.problems)}`);
}

/** A page of its own for when there is no draft to show: why, and what to do. */
export function messagePage(title: string, text: string, problems: readonly ContentProblem[] = []): string {
  return `<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex, nofollow"><title>${escapeHtml(title)} – Förhandsvisning</title><link rel="stylesheet" href="${PREVIEW_STYLES_PATH}"></head><body><main class="vg-forhandsvisning"><h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p>${problemList(problems)}</main></body></html>`;
}
