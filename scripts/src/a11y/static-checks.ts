// Checks every built HTML page without a browser: the rules a crawl with axe/htmlcs does not
// enforce (one h1, unique titles, our skip link and footer link, vague link text) plus valid
// HTML through html-validate.
import fs from 'node:fs';
import path from 'node:path';
import { decodeEntities as decodeNamedAndNumeric } from '@vg/site/search/entities.ts';
import type { A11yFinding } from './findings.ts';
import { loadAuditTool } from './tools.ts';

/** Link texts that say nothing on their own (compared lower-case, without trailing punctuation). */
export const VAGUE_LINK_TEXTS = ['läs mer', 'klicka här', 'här', 'mer', 'länk', 'läs här', 'se mer', 'mer info', 'mer information'];
export const STATEMENT_PATH = '/tillganglighetsredogorelse';

/** The shared decoder leaves &nbsp; as it is; here it is read as the space it shows. */
const decodeEntities = (s: string) => decodeNamedAndNumeric(s.replace(/&nbsp;/g, '\u00a0'));

/**
 * html-validate: the recommended preset, minus rules that do not fit our output.
 * Each disabled rule says why; everything else in the preset is an error.
 */
export const HTML_VALIDATE_CONFIG = {
  extends: ['html-validate:recommended'],
  rules: {
    // Typography advice, not validity: it wants U+2011 (non-breaking hyphen) in phone numbers
    // ("013-123 45 20"). That character breaks copy-paste and find-in-page and some screen
    // readers spell it out; the number's href="tel:…" is what assistive tech and phones use.
    'tel-non-breaking': 'off',
    // A search-engine heuristic (70 characters), not WCAG: 2.4.2 asks for a title that
    // describes the page. Ours are "<page name> – Välfärdsguiden", and CMS names (actors,
    // chains) are legitimately long; uniqueness and non-emptiness are checked below.
    'long-title': 'off',
    // Checkboxes for one list share a name (uppgifter[kommuner]), which is valid HTML and how a
    // plain form POST sends a list; html-validate only allows that for radios by default.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
} as const;

interface HtmlValidateMessage {
  ruleId: string;
  message: string;
  selector: string | null;
  ruleUrl?: string;
  line: number;
  column: number;
}
interface HtmlValidateReport {
  valid: boolean;
  results: { filePath: string; messages: HtmlValidateMessage[] }[];
}
interface HtmlValidator {
  validateString(source: string, filename: string): Promise<HtmlValidateReport>;
}
type HtmlValidateModule = { HtmlValidate: new (config: typeof HTML_VALIDATE_CONFIG) => HtmlValidator };

/** Every .html file under dir, keyed by URL path ("/vagval/jonsbo", "/", "/404.html"). */
export function builtHtmlPages(dir: string): Map<string, string> {
  const pages = new Map<string, string>();
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) {
        const rel = path.relative(dir, full).split(path.sep).join('/');
        const urlPath = rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'/index.html'.length)}` : `/${rel}`;
        pages.set(urlPath, fs.readFileSync(full, 'utf8'));
      }
    }
  };
  walk(dir);
  return pages;
}

const attr = (attrs: string, name: string): string | undefined => {
  const m = new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+)))?(?=\\s|/?$)`, 'i').exec(attrs);
  if (!m) return undefined;
  return decodeEntities(m[1] ?? m[2] ?? m[3] ?? '');
};

/** Visible text of an HTML fragment, with image alt texts (what a screen reader reads for a link). */
function accessibleText(fragment: string): string {
  return decodeEntities(
    fragment
      .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<img\b([^>]*)>/gi, (_, a: string) => ` ${attr(a, 'alt') ?? ''} `)
      .replace(/<[^>]*>/g, ' '),
  )
    .replace(/\s+/g, ' ')
    .trim();
}

const excerpt = (html: string) => (html.length > 160 ? `${html.slice(0, 157)}…` : html);

/** The structural checks of one page (no html-validate); titles are checked across pages in checkPages. */
export function checkPage(page: string, html: string): A11yFinding[] {
  const findings: A11yFinding[] = [];
  const add = (rule: string, element: string, fix: string, context?: string) =>
    findings.push({ page, source: 'static', rule, element, fix, context });

  const htmlTag = /<html\b([^>]*)>/i.exec(html);
  const lang = htmlTag ? attr(htmlTag[1] ?? '', 'lang') : undefined;
  if (lang !== 'sv') add('html-lang-sv', 'html', `<html> har lang="${lang ?? ''}" — sätt lang="sv" (svenska) på <html>.`, htmlTag?.[0]);

  const h1s = html.match(/<h1[\s>]/gi) ?? [];
  if (h1s.length !== 1)
    add('exactly-one-h1', 'h1', `Sidan har ${h1s.length} h1 — varje sida ska ha exakt en h1 som säger vad sidan handlar om.`);

  const title = /<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(html);
  if (!title || decodeEntities(title[1] ?? '').trim() === '')
    add('title-present', 'head > title', 'Sidan saknar <title> eller har en tom — ge den en titel som beskriver sidan.');

  const mainTag = /<main\b([^>]*)>/i.exec(html);
  const mainId = mainTag ? attr(mainTag[1] ?? '', 'id') : undefined;
  if (!mainTag) add('main-landmark', 'main', 'Sidan saknar <main> — lägg sidans eget innehåll i ett <main id="main">.');
  else if (!mainId)
    add('main-landmark', 'main', '<main> saknar id — ge den id="main" så att länken "Hoppa till innehållet" har ett mål.', mainTag[0]);
  const beforeMain = mainTag ? html.slice(0, mainTag.index) : html;
  const skipTargets = new Set(['#main', ...(mainId ? [`#${mainId}`] : [])]);
  const firstLink = /<a\b([^>]*)>/i.exec(beforeMain.slice(beforeMain.search(/<body\b/i)));
  const firstHref = firstLink ? attr(firstLink[1] ?? '', 'href') : undefined;
  if (!firstHref || !skipTargets.has(firstHref))
    add(
      'skip-link',
      firstLink ? 'body a:first-of-type' : 'body',
      `Första länken på sidan ska vara "Hoppa till innehållet" med href="#${mainId ?? 'main'}" (nu: ${firstHref ? `href="${firstHref}"` : 'ingen länk'}).`,
      firstLink?.[0],
    );

  const footer = /<footer\b[\s\S]*?<\/footer>/i.exec(html)?.[0];
  const footerLinks = footer ? [...footer.matchAll(/<a\b([^>]*)>/gi)].map((m) => attr(m[1] ?? '', 'href') ?? '') : [];
  if (!footerLinks.some((h) => h.replace(/\/$/, '').split(/[?#]/)[0] === STATEMENT_PATH))
    add(
      'footer-statement-link',
      footer ? 'footer' : 'body',
      `Sidfoten ska länka till tillgänglighetsredogörelsen (${STATEMENT_PATH}) — lägg länken i <footer> på alla sidor.`,
    );

  for (const m of html.matchAll(/<img\b([^>]*)>/gi)) {
    const attrs = m[1] ?? '';
    if (attr(attrs, 'alt') === undefined)
      add(
        'img-alt',
        `img[src="${attr(attrs, 'src') ?? ''}"]`,
        'Bilden saknar alt — beskriv vad bilden visar i alt, eller skriv alt="" om den bara är dekorativ.',
        excerpt(m[0]),
      );
  }

  for (const m of html.matchAll(/<a\b([^>]*)>([\s\S]*?)<\/a>/gi)) {
    const attrs = m[1] ?? '';
    const href = attr(attrs, 'href') ?? '';
    const label = attr(attrs, 'aria-label')?.trim();
    const labelledBy = attr(attrs, 'aria-labelledby');
    if (label || labelledBy) continue;
    const text = accessibleText(m[2] ?? '');
    const normalised = text
      .toLocaleLowerCase('sv')
      .replace(/[.:!?…»›→]+$/u, '')
      .trim();
    if (text === '')
      add(
        'link-text',
        `a[href="${href}"]`,
        'Länken har ingen text — skriv vart den leder (eller alt-text på bilden i länken).',
        excerpt(m[0]),
      );
    else if (VAGUE_LINK_TEXTS.includes(normalised))
      add(
        'vague-link-text',
        `a[href="${href}"]`,
        `Länktexten "${text}" säger inte vart länken leder — skriv målet i länken ("Läs mer om Jonsbo") eller lägg till en <span class="visually-hidden"> med sammanhanget.`,
        excerpt(m[0]),
      );
  }
  return findings;
}

/** Static checks and html-validate on every built page; titles must also be unique across pages. */
export async function runStaticChecks(distDir: string): Promise<{ pages: string[]; findings: A11yFinding[]; ms: number }> {
  const started = Date.now();
  const pages = builtHtmlPages(distDir);
  const findings: A11yFinding[] = [];
  const titles = new Map<string, string>();
  const { HtmlValidate } = loadAuditTool<HtmlValidateModule>('html-validate');
  const validator = new HtmlValidate(HTML_VALIDATE_CONFIG);
  for (const [page, html] of pages) {
    findings.push(...checkPage(page, html));
    const title = decodeEntities(/<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? '').trim();
    const other = titles.get(title);
    if (title && other)
      findings.push({
        page,
        source: 'static',
        rule: 'unique-title',
        element: 'head > title',
        fix: `Titeln "${title}" används redan av ${other} — ge varje sida en egen titel.`,
      });
    else if (title) titles.set(title, page);
    const report = await validator.validateString(html, page);
    for (const result of report.results) {
      for (const m of result.messages) {
        findings.push({
          page,
          source: 'html-validate',
          rule: m.ruleId,
          element: m.selector ?? `rad ${m.line}:${m.column}`,
          fix: `${m.message} (rad ${m.line}:${m.column})`,
          helpUrl: m.ruleUrl,
        });
      }
    }
  }
  return { pages: [...pages.keys()], findings, ms: Date.now() - started };
}
