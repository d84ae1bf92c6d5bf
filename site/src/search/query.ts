/**
 * The pure half of /sok: reading the URL, Pagefind filters, the words we announce and the
 * excerpt as plain text segments. No DOM here, so it is tested in Node (query.test.ts).
 */
import { type ContentType, DIGITAL_KOMMUN, isContentType } from './content-types.ts';
import { decodeEntities } from './entities.ts';

/** What the visitor asked for; the URL holds it too (?q=…&typ=…&kommun=…&malgrupp=…). */
export interface SearchState {
  q: string;
  typ: ContentType[];
  kommun: string;
  malgrupp: string;
}

export function readState(params: URLSearchParams): SearchState {
  return {
    q: (params.get('q') ?? '').trim(),
    typ: params.getAll('typ').filter(isContentType),
    kommun: (params.get('kommun') ?? '').trim(),
    malgrupp: (params.get('malgrupp') ?? '').trim(),
  };
}

/** The query string for a state, leaving out what is empty: "?q=insats&typ=insats". */
export function stateQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const t of state.typ) params.append('typ', t);
  if (state.kommun) params.set('kommun', state.kommun);
  if (state.malgrupp) params.set('malgrupp', state.malgrupp);
  const s = params.toString();
  return s ? `?${s}` : '';
}

export const hasFilters = (state: SearchState) => state.typ.length > 0 || state.kommun !== '' || state.malgrupp !== '';

/** Pagefind's filter object (`pagefind.search(q, { filters })`); digital insatser count in every kommun. */
export type PagefindFilters = Record<string, string | { any: string[] }>;
export function pagefindFilters(state: SearchState): PagefindFilters {
  const filters: PagefindFilters = {};
  if (state.typ.length > 0) filters.typ = { any: [...state.typ] };
  if (state.kommun) filters.kommun = { any: [state.kommun, DIGITAL_KOMMUN] };
  if (state.malgrupp) filters.malgrupp = state.malgrupp;
  return filters;
}

/** Swedish endings (definite and plural forms) taken off a query word; longest first. */
const ENDINGS = ['ernas', 'arnas', 'ornas', 'erna', 'arna', 'orna', 'ens', 'ets', 'ers', 'en', 'et', 'er', 'ar', 'or'];
const MIN_STEM = 4;

/**
 * The words we hand to Pagefind. Its Swedish (Snowball) stemmer turns "insats" into "insat" but
 * "insatsen" and "insatser" into "insats", so "insatsen" would miss pages that only say "insats".
 * Pagefind also matches word beginnings, so searching for the shortest form finds every form:
 * we take the common endings off each word first ("insatsen" → "insats"), keeping at least four letters.
 */
export function pagefindQuery(q: string): string {
  return q
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => {
      const lower = word.toLocaleLowerCase('sv');
      const ending = ENDINGS.find((e) => lower.endsWith(e) && word.length - e.length >= MIN_STEM);
      return ending ? word.slice(0, -ending.length) : word;
    })
    .join(' ');
}

/** "1 träff" / "12 träffar" for ”insats”, what the live region says when results arrive. */
export function countText(count: number, state: SearchState): string {
  const what = state.q ? ` för ”${state.q}”` : '';
  const filtered = hasFilters(state) ? ' med dina filter' : '';
  if (count === 0) return `Inga träffar${what}${filtered}.`;
  return `${count} ${count === 1 ? 'träff' : 'träffar'}${what}${filtered}.`;
}

/** Pagefind's result URL as the site writes its links: no trailing slash ("/vagval/jonsbo/" → "/vagval/jonsbo"). */
export function siteUrl(url: string): string {
  const [pathPart = '/', hash] = url.split('#');
  const clean = pathPart.replace(/\/index\.html$/, '/').replace(/(.)\/$/, '$1');
  return hash ? `${clean}#${hash}` : clean;
}

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/**
 * Pagefind's excerpt ("… <mark>insatsen</mark> …") as text parts, so the page builds it with
 * textContent and <mark> elements and never parses HTML from the index.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') mark = true;
    else if (piece === '</mark>') mark = false;
    else if (piece !== '') parts.push({ text: decodeEntities(piece.replace(/<[^>]*>/g, '')), mark });
  }
  return parts;
}
