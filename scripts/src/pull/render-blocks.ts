import {
  type Block,
  type BlockInline,
  type BlockList,
  BlockSchema,
  type BlockText,
  checkHref,
  isControlCode,
  LINK_FIX,
} from '@vg/shared-schema';

/**
 * Allow-list renderer: Strapi Blocks rich text → safe HTML, at build time.
 *
 * - Input is `unknown` (straight from the CMS). Every top-level block is validated on its
 *   own with `BlockSchema`; a block that fails is not rendered at all and is reported, the
 *   rest of the field still renders. Nothing throws.
 * - Only the elements and attributes written below can appear in the output; every text and
 *   attribute value is escaped; extra properties on CMS nodes are never output.
 * - Links: https:, mailto:, tel: and relative (`/…`, `#…`) only. Anything else renders as
 *   plain text and is reported. Images need an https/relative address and alternative text.
 *
 * `problems[].message` is plain Swedish text for editors (it may quote CMS data): escape it
 * before putting it into HTML.
 */

export interface RenderOptions {
  /** Level the highest heading in the body is shifted to (the page owns h1). Default 2, 1–6. */
  minHeadingLevel?: number;
}

export interface RenderProblem {
  /** Where in the field, e.g. `[2].children[0]`; `''` means the field as a whole. */
  path: string;
  /** What is wrong and how to fix it, in Swedish, for an editor. Plain text. */
  message: string;
}

export interface RenderResult {
  html: string;
  problems: RenderProblem[];
}

/** Lists nested deeper than this are cut off (and reported); a top-level list is level 1. */
export const MAX_LIST_DEPTH = 10;
/** At most this many problems are reported per top-level block … */
const MAX_PROBLEMS_PER_BLOCK = 5;
/** … and per field, followed by one "more problems" note. */
const MAX_PROBLEMS = 100;

const IMAGE_URL_FIX = 'bilden måste ligga på en https://-adress eller på den egna webbplatsen (adress som börjar med /).';

// ---------------------------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------------------------

export function renderBlocks(input: unknown, options: RenderOptions = {}): RenderResult {
  const problems = new ProblemList();
  if (input === null || input === undefined) return { html: '', problems: [] };
  if (!Array.isArray(input)) {
    problems.add(
      '',
      `Textfältet har fel format (väntade en lista med block, fick ${describeKind(input)}) — öppna posten i CMS:et och spara om texten.`,
    );
    return { html: '', problems: problems.list };
  }

  const valid: { block: Block; path: string }[] = [];
  input.forEach((raw: unknown, index) => {
    const path = `[${index}]`;
    const blockProblems = new ProblemList(MAX_PROBLEMS_PER_BLOCK, false);
    try {
      const pruned = pruneDeepLists(raw, 1, path, blockProblems);
      // Not even a known block type: explain without asking the schema (cheaper for junk).
      const known = isRecord(pruned) && typeof pruned.type === 'string' && Object.hasOwn(BLOCK_NAMES, pruned.type);
      const parsed = known ? BlockSchema.safeParse(pruned) : undefined;
      if (parsed?.success) {
        valid.push({ block: parsed.data, path });
      } else {
        diagnoseBlock(pruned, path, blockProblems);
        if (!blockProblems.hasErrors) blockProblems.add(path, 'Blocket har fel format — ta bort blocket i CMS:et.');
      }
    } catch {
      // Only reachable with hostile objects (throwing getters, proxies): never with JSON.
      blockProblems.add(path, 'Blocket kunde inte läsas — ta bort blocket i CMS:et.');
    }
    problems.addAll(blockProblems.list);
  });

  const ctx: RenderContext = { problems, headingShift: headingShift(valid, options.minHeadingLevel) };
  const parts: string[] = [];
  for (const { block, path } of valid) {
    const html = renderBlock(block, path, ctx);
    if (html !== '') parts.push(html);
  }
  return { html: parts.join('\n'), problems: problems.list };
}

/**
 * True when rendering would show something: visible text (including the text of links that
 * render as plain text) or an image (which always has alternative text). Invalid nodes,
 * empty paragraphs and whitespace-only text do not count. Use it to skip a heading whose
 * section would otherwise be empty.
 */
export function blocksHaveText(input: unknown): boolean {
  return renderBlocks(input).html !== '';
}

// ---------------------------------------------------------------------------------------------
// Rendering (validated data only)
// ---------------------------------------------------------------------------------------------

interface RenderContext {
  problems: ProblemList;
  headingShift: number;
}

function renderBlock(block: Block, path: string, ctx: RenderContext): string {
  switch (block.type) {
    case 'paragraph': {
      if (!inlinesHaveText(block.children)) return '';
      return `<p>${renderInlines(block.children, path, ctx)}</p>`;
    }
    case 'heading': {
      if (!inlinesHaveText(block.children)) return '';
      const level = Math.min(6, Math.max(1, block.level + ctx.headingShift));
      return `<h${level}>${renderInlines(block.children, path, ctx)}</h${level}>`;
    }
    case 'quote': {
      if (!inlinesHaveText(block.children)) return '';
      return `<blockquote><p>${renderInlines(block.children, path, ctx)}</p></blockquote>`;
    }
    case 'code': {
      const text = block.children.map((child) => normaliseNewlines(stripControlChars(child.text))).join('');
      if (text.trim() === '') return '';
      return `<pre><code>${escapeHtml(text)}</code></pre>`;
    }
    case 'list':
      return renderList(block, path, ctx);
    case 'image':
      return renderImage(block.image, path, ctx);
  }
}

function renderList(list: BlockList, path: string, ctx: RenderContext): string {
  // Each entry becomes one <li>; a nested list goes inside the <li> before it.
  const items: { content: string; nested: string[] }[] = [];
  list.children.forEach((child, index) => {
    const childPath = `${path}.children[${index}]`;
    if (child.type === 'list') {
      const nested = renderList(child, childPath, ctx);
      if (nested === '') return;
      const previous = items.at(-1);
      if (previous) previous.nested.push(nested);
      else items.push({ content: '', nested: [nested] });
      return;
    }
    if (!inlinesHaveText(child.children)) {
      items.push({ content: '', nested: [] }); // a later nested list may still attach here
      return;
    }
    items.push({ content: renderInlines(child.children, childPath, ctx), nested: [] });
  });
  const lis = items.filter((item) => item.content !== '' || item.nested.length > 0);
  if (lis.length === 0) return '';
  const tag = list.format === 'ordered' ? 'ol' : 'ul';
  return `<${tag}>${lis.map((item) => `<li>${item.content}${item.nested.join('')}</li>`).join('')}</${tag}>`;
}

function renderImage(image: Extract<Block, { type: 'image' }>['image'], path: string, ctx: RenderContext): string {
  const src = checkHref(image.url, 'image');
  const alt = typeof image.alternativeText === 'string' ? stripControlChars(image.alternativeText).trim() : '';
  if (!src.ok) {
    ctx.problems.add(`${path}.image.url`, `Bilden har en otillåten adress (${quoteForMessage(image.url)}) — ${IMAGE_URL_FIX}`);
  }
  if (alt === '') {
    ctx.problems.add(
      `${path}.image.alternativeText`,
      'Bilden saknar alternativtext och visas inte — skriv i mediebiblioteket i CMS:et en kort text om vad bilden visar.',
    );
  }
  if (!src.ok || alt === '') return '';
  let html = `<img src="${escapeHtml(src.href)}" alt="${escapeHtml(alt)}" loading="lazy"`;
  const width = dimension(image.width);
  const height = dimension(image.height);
  if (width !== undefined) html += ` width="${width}"`;
  if (height !== undefined) html += ` height="${height}"`;
  return `${html}>`;
}

function renderInlines(nodes: readonly BlockInline[], path: string, ctx: RenderContext): string {
  let html = '';
  nodes.forEach((node, index) => {
    if (node.type === 'text') {
      html += renderText(node);
      return;
    }
    const linkPath = `${path}.children[${index}]`;
    const inner = node.children.map(renderText).join('');
    const label = node.children.map((child) => child.text).join('');
    if (label.trim() === '') {
      ctx.problems.add(linkPath, `Länken till ${quoteForMessage(node.url)} saknar text — skriv en länktext eller ta bort länken i CMS:et.`);
      html += inner;
      return;
    }
    const href = checkHref(node.url, 'link');
    if (!href.ok) {
      const why =
        href.reason === 'credentials'
          ? 'innehåller användarnamn eller lösenord — ta bort dem ur adressen.'
          : `har en otillåten adress (${quoteForMessage(node.url)}) — ${LINK_FIX}`;
      ctx.problems.add(linkPath, `Länken ${quoteForMessage(label)} ${why}`);
      html += inner; // the words stay, the link goes
      return;
    }
    html += `<a href="${escapeHtml(href.href)}">${inner}</a>`;
  });
  return html;
}

function renderText(node: BlockText): string {
  const text = stripControlChars(node.text);
  if (text === '') return '';
  let html = escapeHtml(text).replace(/\r\n|\r|\n/g, '<br>');
  if (node.code) html = `<code>${html}</code>`;
  if (node.strikethrough) html = `<s>${html}</s>`;
  if (node.underline) html = `<u>${html}</u>`;
  if (node.italic) html = `<em>${html}</em>`;
  if (node.bold) html = `<strong>${html}</strong>`;
  return html;
}

function inlinesHaveText(nodes: readonly BlockInline[]): boolean {
  return nodes.some((node) =>
    node.type === 'text' ? hasVisibleText(node.text) : node.children.some((child) => hasVisibleText(child.text)),
  );
}

function hasVisibleText(text: string): boolean {
  return stripControlChars(text).trim() !== '';
}

/** Shift so the highest heading that will render lands on `minHeadingLevel`. */
function headingShift(blocks: readonly { block: Block }[], minHeadingLevel: number | undefined): number {
  const target =
    typeof minHeadingLevel === 'number' && Number.isFinite(minHeadingLevel) ? Math.min(6, Math.max(1, Math.trunc(minHeadingLevel))) : 2;
  let highest = Number.POSITIVE_INFINITY;
  for (const { block } of blocks) {
    if (block.type === 'heading' && inlinesHaveText(block.children)) highest = Math.min(highest, block.level);
  }
  return highest === Number.POSITIVE_INFINITY ? 0 : target - highest;
}

function dimension(value: number | undefined): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.round(value) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Escaping and character hygiene (all linear time, no backtracking patterns)
// ---------------------------------------------------------------------------------------------

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/** Drops control characters from text, keeping tab, line feed and carriage return. */
function stripControlChars(value: string): string {
  let out = '';
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (isControlCode(code) && code !== 0x09 && code !== 0x0a && code !== 0x0d) {
      out += value.slice(start, i);
      start = i + 1;
    }
  }
  return start === 0 ? value : out + value.slice(start);
}

function normaliseNewlines(value: string): string {
  return value.replace(/\r\n|\r/g, '\n');
}

// ---------------------------------------------------------------------------------------------
// Validation helpers: depth limit and editor-friendly diagnostics for refused blocks
// ---------------------------------------------------------------------------------------------

class ProblemList {
  readonly list: RenderProblem[] = [];
  private errors = 0;
  private truncated = false;
  private readonly max: number;
  private readonly noteOverflow: boolean;
  constructor(max = MAX_PROBLEMS, noteOverflow = true) {
    this.max = max;
    this.noteOverflow = noteOverflow;
  }

  get hasErrors(): boolean {
    return this.errors > 0;
  }

  add(path: string, message: string): void {
    this.errors++;
    if (this.list.length < this.max) this.list.push({ path, message });
    else if (this.noteOverflow && !this.truncated) {
      this.truncated = true;
      this.list.push({ path: '', message: `Fler än ${this.max} problem i samma textfält — rätta dem ovan först och hämta igen.` });
    }
  }

  addAll(problems: readonly RenderProblem[]): void {
    for (const p of problems) this.add(p.path, p.message);
  }
}

type RawRecord = Record<string, unknown>;

function isRecord(value: unknown): value is RawRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const EMPTY_LIST: BlockList = { type: 'list', format: 'unordered', children: [] };

/**
 * Replaces lists nested deeper than MAX_LIST_DEPTH with an empty list (keeping indices, so
 * later paths stay right) and reports them. Recursion stops at the limit, so a hostile
 * 100 000-level list cannot exhaust the stack, here or in the schema.
 */
function pruneDeepLists(node: unknown, depth: number, path: string, problems: ProblemList): unknown {
  if (!isRecord(node) || node.type !== 'list' || !Array.isArray(node.children)) return node;
  if (depth > MAX_LIST_DEPTH) {
    problems.add(path, `Listan har fler än ${MAX_LIST_DEPTH} nivåer — det som ligger djupare visas inte. Gör listan grundare i CMS:et.`);
    return EMPTY_LIST;
  }
  let changed = false;
  const children = node.children.map((child: unknown, index) => {
    const next = pruneDeepLists(child, depth + 1, `${path}.children[${index}]`, problems);
    if (next !== child) changed = true;
    return next;
  });
  return changed ? { ...node, children } : node;
}

const BLOCK_NAMES: Record<string, string> = {
  paragraph: 'Stycket',
  heading: 'Rubriken',
  quote: 'Citatet',
  code: 'Kodblocket',
  list: 'Listan',
  image: 'Bilden',
};
const MARKS = ['bold', 'italic', 'underline', 'strikethrough', 'code'] as const;
const FIX = 'ta bort blocket i CMS:et.';

/** Explains, in the editor's terms, why BlockSchema refused a block. Bounded by the list pruning. */
function diagnoseBlock(raw: unknown, path: string, problems: ProblemList): void {
  if (!isRecord(raw)) {
    problems.add(path, `Blocket har fel format (väntade ett innehållsblock, fick ${describeKind(raw)}) — ${FIX}`);
    return;
  }
  const type = raw.type;
  if (typeof type !== 'string') {
    problems.add(path, `Blocket saknar typ — ${FIX}`);
    return;
  }
  const name = Object.hasOwn(BLOCK_NAMES, type) ? BLOCK_NAMES[type] : undefined;
  if (name === undefined) {
    problems.add(path, `Okänd typ av innehåll (${quoteForMessage(type)}) — ${FIX}`);
    return;
  }
  switch (type) {
    case 'paragraph':
    case 'quote':
      diagnoseChildren(raw, path, name, problems, diagnoseInline);
      return;
    case 'heading': {
      const level = raw.level;
      if (typeof level !== 'number' || !Number.isInteger(level) || level < 1 || level > 6) {
        problems.add(`${path}.level`, `Rubriken har en ogiltig nivå (${quoteForMessage(level)}) — välj en rubriknivå i CMS:et.`);
      }
      diagnoseChildren(raw, path, name, problems, diagnoseInline);
      return;
    }
    case 'code':
      diagnoseChildren(raw, path, name, problems, (child, childPath) => diagnoseText(child, childPath, problems, 'Kodblocket'));
      return;
    case 'list':
      diagnoseList(raw, path, problems);
      return;
    case 'image':
      diagnoseImage(raw, path, problems);
      return;
  }
}

function diagnoseChildren(
  raw: RawRecord,
  path: string,
  name: string,
  problems: ProblemList,
  each: (child: unknown, childPath: string, problems: ProblemList) => void,
): void {
  if (!Array.isArray(raw.children)) {
    problems.add(`${path}.children`, `${name} saknar innehåll ("children" saknas eller är inte en lista) — ${FIX}`);
    return;
  }
  raw.children.forEach((child: unknown, index) => {
    each(child, `${path}.children[${index}]`, problems);
  });
}

function diagnoseInline(raw: unknown, path: string, problems: ProblemList): void {
  if (!isRecord(raw)) {
    problems.add(path, `Texten har fel format (väntade text eller en länk, fick ${describeKind(raw)}) — ${FIX}`);
    return;
  }
  if (raw.type === 'text') {
    diagnoseText(raw, path, problems, 'Stycket');
    return;
  }
  if (raw.type === 'link') {
    if (typeof raw.url !== 'string') problems.add(`${path}.url`, `Länken saknar adress — ${FIX}`);
    diagnoseChildren(raw, path, 'Länken', problems, (child, childPath) => diagnoseText(child, childPath, problems, 'Länken'));
    return;
  }
  problems.add(
    path,
    typeof raw.type === 'string' ? `Okänd typ av innehåll (${quoteForMessage(raw.type)}) — ${FIX}` : `Texten saknar typ — ${FIX}`,
  );
}

function diagnoseText(raw: unknown, path: string, problems: ProblemList, container: string): void {
  if (!isRecord(raw)) {
    problems.add(path, `Texten har fel format (väntade text, fick ${describeKind(raw)}) — ${FIX}`);
    return;
  }
  if (raw.type !== 'text') {
    const what = typeof raw.type === 'string' ? quoteForMessage(raw.type) : 'utan typ';
    problems.add(path, `${container} får bara innehålla text, inte ${what} — ${FIX}`);
    return;
  }
  if (typeof raw.text !== 'string') problems.add(`${path}.text`, `Texten saknar innehåll ("text" är inte en text) — ${FIX}`);
  for (const mark of MARKS) {
    if (raw[mark] !== undefined && typeof raw[mark] !== 'boolean') {
      problems.add(`${path}.${mark}`, `Texten har en ogiltig formatering ("${mark}" ska vara sant eller falskt) — ${FIX}`);
    }
  }
}

function diagnoseList(raw: RawRecord, path: string, problems: ProblemList): void {
  if (raw.format !== 'ordered' && raw.format !== 'unordered') {
    problems.add(
      `${path}.format`,
      `Listan har ett ogiltigt format (${quoteForMessage(raw.format)}) — välj punktlista eller numrerad lista i CMS:et.`,
    );
  }
  diagnoseChildren(raw, path, 'Listan', problems, (child, childPath) => {
    if (isRecord(child) && child.type === 'list') {
      diagnoseList(child, childPath, problems);
    } else if (isRecord(child) && child.type === 'list-item') {
      diagnoseChildren(child, childPath, 'Listpunkten', problems, diagnoseInline);
    } else if (isRecord(child) && typeof child.type === 'string') {
      problems.add(childPath, `Listan får bara innehålla listpunkter, inte ${quoteForMessage(child.type)} — ${FIX}`);
    } else {
      problems.add(childPath, `Listpunkten har fel format (fick ${describeKind(child)}) — ${FIX}`);
    }
  });
}

function diagnoseImage(raw: RawRecord, path: string, problems: ProblemList): void {
  const image = raw.image;
  if (!isRecord(image)) {
    problems.add(`${path}.image`, `Bilden saknar bildfil — välj en bild eller ${FIX}`);
  } else {
    if (typeof image.url !== 'string') problems.add(`${path}.image.url`, `Bilden saknar adress — välj bilden på nytt eller ${FIX}`);
    const alt = image.alternativeText;
    if (alt !== undefined && alt !== null && typeof alt !== 'string') {
      problems.add(`${path}.image.alternativeText`, 'Bildens alternativtext har fel format — skriv om den i mediebiblioteket i CMS:et.');
    }
    for (const key of ['width', 'height'] as const) {
      if (image[key] !== undefined && typeof image[key] !== 'number') {
        problems.add(`${path}.image.${key}`, `Bildens ${key === 'width' ? 'bredd' : 'höjd'} har fel format — ladda upp bilden på nytt.`);
      }
    }
  }
  if (raw.children !== undefined) {
    diagnoseChildren(raw, path, 'Bilden', problems, (child, childPath) => diagnoseText(child, childPath, problems, 'Bilden'));
  }
}

function describeKind(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'ingenting';
  if (Array.isArray(value)) return 'en lista';
  switch (typeof value) {
    case 'string':
      return 'en text';
    case 'number':
    case 'bigint':
      return 'ett tal';
    case 'boolean':
      return 'sant/falskt';
    default:
      return 'något okänt';
  }
}

/** CMS data quoted in a message: short, with control characters made visible. */
function quoteForMessage(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return describeKind(value);
  const chars = Array.from(value.slice(0, 200));
  const short = chars.length > 60 ? `${chars.slice(0, 60).join('')}…` : chars.join('');
  return JSON.stringify(short);
}
