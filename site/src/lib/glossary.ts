/**
 * Glossary terms in body text: the first time a term from Begrepp appears on a page, it becomes
 * a link to its explanation (/begrepp#slug). Works on the rendered, already safe HTML from the
 * allow-list renderer: only text between tags is changed, never inside a tag, a link, a heading
 * or code, and the matched text is the renderer's own (already escaped) text.
 */

export interface GlossaryTerm {
  slug: string;
  term: string;
}

/** A term with its other names (begrepp `alias`: "FK" for Försäkringskassan), which search finds it by. */
export interface GlossaryEntry extends GlossaryTerm {
  aliases: string[];
}

/** Swedish endings we accept after a term, so "insatsen" and "insatser" find "Insats". */
const ENDINGS = '(?:en|et|er|erna|ar|arna|or|orna|na|n|s|ns|ens|ets|ers)?';
const LETTER = 'A-Za-zÅÄÖåäöÉéÜü0-9';

/** Tags whose text must not get links: links cannot nest, headings stay plain, code is literal. */
const SKIP_TAGS = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre']);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface CompiledTerm {
  slug: string;
  pattern: RegExp;
}

/** Builds matchers once per term list: abbreviations (SIP, CSN) match case-sensitively, words in any case. */
export function compileTerms(terms: readonly GlossaryTerm[]): CompiledTerm[] {
  // Longest first, so "Ekonomiskt bistånd" wins over a shorter term inside it.
  return [...terms]
    .filter((t) => t.term.trim().length >= 2)
    .sort((a, b) => b.term.length - a.term.length)
    .map((t) => {
      const term = t.term.trim();
      const isAbbreviation = term === term.toUpperCase();
      const body = escapeRegExp(term).replace(/\s+/g, '\\s+');
      const pattern = new RegExp(`(?<![${LETTER}])${body}${isAbbreviation ? '' : ENDINGS}(?![${LETTER}])`, isAbbreviation ? 'u' : 'iu');
      return { slug: t.slug, pattern };
    });
}

/**
 * Links the first occurrence of each term in `html`. `used` holds slugs already linked on this
 * page (shared across the page's rich-text fields) and is updated.
 */
export function linkGlossaryTerms(html: string, terms: readonly CompiledTerm[], used: Set<string>): string {
  // The renderer escapes < and > in text and attributes, so every "<…>" is a tag.
  const parts = html.split(/(<[^>]*>)/);
  const open: string[] = [];
  return parts
    .map((part) => {
      if (part.startsWith('<')) {
        const m = /^<(\/?)([a-z0-9]+)/i.exec(part);
        if (m?.[2]) {
          const name = m[2].toLowerCase();
          if (SKIP_TAGS.has(name)) {
            if (m[1]) open.pop();
            else open.push(name);
          }
        }
        return part;
      }
      if (open.length > 0 || part.trim() === '') return part;
      return linkInText(part, terms, used);
    })
    .join('');
}

// One pass per text for "is any term here at all?": most text between tags has none, and a miss
// there would otherwise cost one search per term. The union of the terms' own patterns, so it
// answers exactly when one of them would match.
const anyTermCache = new WeakMap<readonly CompiledTerm[], RegExp[]>();

function anyTerm(terms: readonly CompiledTerm[]): RegExp[] {
  let unions = anyTermCache.get(terms);
  if (!unions) {
    const byFlags = new Map<string, string[]>();
    for (const t of terms) byFlags.set(t.pattern.flags, [...(byFlags.get(t.pattern.flags) ?? []), `(?:${t.pattern.source})`]);
    unions = [...byFlags].map(([flags, sources]) => new RegExp(sources.join('|'), flags));
    anyTermCache.set(terms, unions);
  }
  return unions;
}

function linkInText(text: string, terms: readonly CompiledTerm[], used: Set<string>): string {
  if (!anyTerm(terms).some((union) => union.test(text))) return text;
  for (const t of terms) {
    if (used.has(t.slug)) continue;
    const m = t.pattern.exec(text);
    if (!m) continue;
    used.add(t.slug);
    const before = text.slice(0, m.index);
    const after = text.slice(m.index + m[0].length);
    // Recurse on both sides: other terms may appear there too.
    return `${linkInText(before, terms, used)}<a class="begrepp-lank" href="/begrepp#${t.slug}">${m[0]}</a>${linkInText(after, terms, used)}`;
  }
  return text;
}

const compiledCache = new WeakMap<readonly { data: GlossaryTerm }[], CompiledTerm[]>();

/** The glossary for one page: terms compiled once per build, and a fresh set of linked terms for the page. */
export function pageGlossary(begrepp: readonly { data: GlossaryTerm }[]): { terms: CompiledTerm[]; used: Set<string> } {
  let terms = compiledCache.get(begrepp);
  if (!terms) {
    terms = compileTerms(begrepp.map((b) => ({ slug: b.data.slug, term: b.data.term })));
    compiledCache.set(begrepp, terms);
  }
  return { terms, used: new Set<string>() };
}

/** Terms and their aliases from begrepp entries, in the given order; a blank alias finds nothing and is left out. */
export function glossaryEntries(begrepp: readonly { data: GlossaryTerm & { alias: readonly { text: string }[] } }[]): GlossaryEntry[] {
  return begrepp.map(({ data }) => ({
    slug: data.slug,
    term: data.term,
    aliases: data.alias.map((a) => a.text).filter((a) => a.trim() !== ''),
  }));
}
