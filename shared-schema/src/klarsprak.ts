/**
 * Plain-language measures for Swedish text, as the redaktion's help shows them while an editor
 * writes and as the content report ranks published texts: LIX (läsbarhetsindex, the Swedish
 * standard measure), sentence length, and words from the redaktion's jargon list. Advice only,
 * never a rule: nothing here refuses a text. No imports, so the admin's bundle can use it
 * (`@vg/shared-schema/klarsprak`); `browser-subpaths.test.ts` keeps it so.
 */

/** Klarspråk for everyone, or lättläst (Myndigheten för tillgängliga mediers guidelines: short sentences, common words). */
export type TextStyle = 'klarsprak' | 'lattlast';

export interface TextTarget {
  /** Highest LIX. Under 30 is very easy, 30–40 easy (news, everyday text), 40–50 medium, over 50 hard. */
  lix: number;
  /** Highest average words per sentence. */
  meanSentenceWords: number;
  /** A sentence longer than this gets its own advice. */
  maxSentenceWords: number;
}

export const TEXT_TARGETS: Record<TextStyle, TextTarget> = {
  klarsprak: { lix: 40, meanSentenceWords: 15, maxSentenceWords: 25 },
  lattlast: { lix: 30, meanSentenceWords: 10, maxSentenceWords: 15 },
};

/** LIX says little about a very short text: below this many words only sentence length is judged. */
export const LIX_MIN_WORDS = 30;

/** A word for LIX: letters, with digits or inner hyphens allowed ("30-talet", "e-post"). */
const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
const LETTER = /\p{L}/gu;
/** A sentence ends at . ! ? or : followed by space, and at the end of a paragraph or list item. */
const SENTENCE_END = /(?<=[.!?:…])\s+(?=[\p{Lu}\p{N}"”»–-])/u;

export interface Readability {
  words: number;
  sentences: number;
  /** Words of more than six letters, the "long words" of LIX. */
  longWords: number;
  /** words / sentences + 100 × longWords / words, rounded to a whole number. */
  lix: number;
  meanSentenceWords: number;
  longestSentenceWords: number;
  /** The sentences longer than the target allows, as written. */
  longSentences: string[];
}

/** Splits text into sentences; each paragraph or list item (a separate string, or a blank-line block) ends one. */
export function sentencesOf(text: string | readonly string[]): string[] {
  const units = typeof text === 'string' ? text.split(/\n+/) : text.flatMap((t) => t.split(/\n+/));
  return units
    .flatMap((unit) => unit.split(SENTENCE_END))
    .map((s) => s.trim())
    .filter((s) => (s.match(WORD) ?? []).length > 0);
}

/** A node of Strapi's Blocks rich text, typed only as far as its text needs: the stored value and the admin editor's live one. */
export interface TextNode {
  readonly type: string;
  readonly text?: string;
  readonly children?: readonly TextNode[];
}

/**
 * The text of each paragraph, heading, quote and list item of a Blocks value on its own: where one
 * ends, so does a sentence. Images carry no text. (`blocksToTextUnits` of the root export is this, typed.)
 */
export function textUnitsOfBlocks(blocks: readonly TextNode[]): string[] {
  const inline = (nodes: readonly TextNode[] = []): string =>
    nodes.map((n) => (n.type === 'text' ? (n.text ?? '') : n.type === 'link' ? inline(n.children) : '')).join('');
  const units = (block: TextNode): string[] => {
    if (block.type === 'image') return [];
    if (block.type === 'list') return (block.children ?? []).flatMap((c) => (c.type === 'list' ? units(c) : [inline(c.children)]));
    return [inline(block.children)];
  };
  return blocks
    .flatMap(units)
    .map((t) => t.trim())
    .filter((t) => t !== '');
}

export function readability(text: string | readonly string[], target: TextTarget = TEXT_TARGETS.klarsprak): Readability {
  const sentences = sentencesOf(text);
  const wordsOf = (s: string) => s.match(WORD) ?? [];
  const lengths = sentences.map((s) => wordsOf(s).length);
  const words = lengths.reduce((a, b) => a + b, 0);
  const longWords = sentences.flatMap(wordsOf).filter((w) => (w.match(LETTER) ?? []).length > 6).length;
  const lix = words === 0 ? 0 : Math.round(words / sentences.length + (100 * longWords) / words);
  return {
    words,
    sentences: sentences.length,
    longWords,
    lix,
    meanSentenceWords: sentences.length === 0 ? 0 : Math.round((10 * words) / sentences.length) / 10,
    longestSentenceWords: Math.max(0, ...lengths),
    longSentences: sentences.filter((_, i) => (lengths[i] ?? 0) > target.maxSentenceWords),
  };
}

/**
 * How far a text is from its target, for ranking: 0 when it meets it, otherwise the sum of the
 * relative excess of LIX (when the text is long enough to judge) and of the average sentence.
 */
export function distanceFromTarget(r: Readability, target: TextTarget): number {
  const over = (value: number, limit: number) => Math.max(0, value - limit) / limit;
  const lix = r.words >= LIX_MIN_WORDS ? over(r.lix, target.lix) : 0;
  return Math.round(100 * (lix + over(r.meanSentenceWords, target.meanSentenceWords))) / 100;
}

/** A word or phrase the redaktion wants kept out of the texts, with a plainer way to say it. */
export interface JargonEntry {
  ord: string;
  forslag: string;
  kommentar?: string | null;
}

export interface JargonHit extends JargonEntry {
  /** The word as it stands in the text ("erhåller" for "erhålla"). */
  found: string;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The jargon list's words in a text, each once, in list order. A single word also matches its
 * inflections: it is matched as the start of a word, without a verb's final -a ("erhålla" finds
 * "erhåller" and "erhållit", "åtgärd" finds "åtgärder"). A phrase matches as written.
 */
export function findJargon(text: string, list: readonly JargonEntry[]): JargonHit[] {
  const hits: JargonHit[] = [];
  for (const entry of list) {
    const ord = entry.ord.trim();
    if (ord === '') continue;
    const phrase = /\s/.test(ord);
    const base = !phrase && ord.length >= 5 && /a$/i.test(ord) ? ord.slice(0, -1) : ord;
    const stem = escapeRegExp(base).replace(/\s+/g, '\\s+');
    const tail = phrase ? '' : '\\p{L}*';
    const match = new RegExp(`(?<![\\p{L}\\p{N}])${stem}${tail}(?![\\p{L}\\p{N}])`, 'iu').exec(text);
    if (match) hits.push({ ...entry, found: match[0] });
  }
  return hits;
}

/** A term from the glossary (Begrepp), with its explanation and other names (abbreviations). */
export interface GlossaryTerm {
  term: string;
  definition: string;
  alias?: readonly string[];
}

export interface UnexplainedTerm {
  term: string;
  /** The word as it first stands in the text. */
  found: string;
  definition: string;
}

/**
 * Signs that a term is explained where it first stands: a parenthesis, a dash or a colon right
 * after it, or a relative clause or "det vill säga" / "alltså" / "betyder" / "innebär" / "är" /
 * "kallas" within a few words.
 */
const EXPLAINED_AFTER =
  /^\s*(?:\(|[–—:]|-\s|,\s*(?:som|alltså|det vill säga|dvs)(?!\p{L})|(?:\S+\s+){0,2}?(?:betyder|innebär|är|kallas)(?!\p{L}))/iu;

/** The forms a glossary entry can take in a text: the term without a parenthesis, the abbreviation in it, the aliases. */
function termForms(t: GlossaryTerm): string[] {
  const abbreviation = /\(([^)]+)\)/.exec(t.term)?.[1]?.trim();
  const bare = t.term.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  return [
    ...new Set([bare, ...(abbreviation ? [abbreviation] : []), ...(t.alias ?? [])].map((f) => f.trim()).filter((f) => f.length >= 2)),
  ];
}

/** An abbreviation (FK, SIP, CSN) matches only in capitals; a word in any case and any inflection. */
function termPattern(form: string): RegExp {
  const abbreviation = /^[\p{Lu}\p{N}]{2,6}$/u.test(form);
  const stem = escapeRegExp(form).replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${stem}${abbreviation ? '' : '\\p{L}*'}(?![\\p{L}\\p{N}])`, abbreviation ? 'u' : 'iu');
}

/**
 * Glossary terms a text uses without explaining them where they first stand. On the site the
 * first one becomes a link to its explanation, but a text should be understood without
 * following links (read aloud, printed, in lättläst). Each term once, in glossary order; names
 * (a capital inside a sentence) are left alone, abbreviations are not.
 */
export function findUnexplainedTerms(text: string, terms: readonly GlossaryTerm[]): UnexplainedTerm[] {
  const out: UnexplainedTerm[] = [];
  for (const t of terms) {
    let first: RegExpExecArray | null = null;
    for (const form of termForms(t)) {
      const m = termPattern(form).exec(text);
      if (m && (!first || m.index < first.index)) first = m;
    }
    if (!first) continue;
    // A capital inside a sentence marks a name ("hos Försäkringskassan"): names of authorities are
    // in the glossary for visitors who look them up, not for every text to explain them again.
    const before = text.slice(0, first.index).trimEnd();
    const insideSentence = before !== '' && !/[.!?:…\n]$/.test(before);
    if (insideSentence && /^\p{Lu}\p{Ll}/u.test(first[0])) continue;
    const after = text.slice(first.index + first[0].length, first.index + first[0].length + 60);
    if (!EXPLAINED_AFTER.test(after)) out.push({ term: t.term, found: first[0], definition: t.definition });
  }
  return out;
}

/** One piece of advice, in Swedish, for the editor. */
export interface Advice {
  kind: 'lix' | 'meningslangd' | 'lang-mening' | 'jargong' | 'begrepp';
  message: string;
}

const STYLE_NAME: Record<TextStyle, string> = { klarsprak: 'klarspråk', lattlast: 'lättläst svenska' };

/** The first sentence of a glossary explanation, as a hint. */
const firstSentence = (text: string) => sentencesOf(text)[0] ?? text;

/**
 * What an editor is told about a text: the measures against the target, long sentences, jargon
 * and glossary terms left unexplained. Empty when all is well.
 */
export function plainLanguageAdvice(
  text: string | readonly string[],
  style: TextStyle,
  jargon: readonly JargonEntry[] = [],
  glossary: readonly GlossaryTerm[] = [],
): Advice[] {
  const target = TEXT_TARGETS[style];
  const r = readability(text, target);
  const advice: Advice[] = [];
  if (r.words >= LIX_MIN_WORDS && r.lix > target.lix)
    advice.push({
      kind: 'lix',
      message: `LIX är ${r.lix}; målet för ${STYLE_NAME[style]} är högst ${target.lix}. Byt långa ord mot kortare och dela långa meningar.`,
    });
  if (r.meanSentenceWords > target.meanSentenceWords)
    advice.push({
      kind: 'meningslangd',
      message: `Meningarna har i snitt ${String(r.meanSentenceWords).replace('.', ',')} ord; målet är högst ${target.meanSentenceWords}. Skriv en sak i varje mening.`,
    });
  for (const sentence of r.longSentences) {
    const start = sentence.split(/\s+/).slice(0, 6).join(' ');
    advice.push({
      kind: 'lang-mening',
      message: `Meningen som börjar "${start} …" har ${(sentence.match(WORD) ?? []).length} ord. Dela den i två eller fler.`,
    });
  }
  const all = typeof text === 'string' ? text : text.join('\n');
  for (const hit of findJargon(all, jargon))
    advice.push({
      kind: 'jargong',
      message: `"${hit.found}": skriv hellre ${hit.forslag}.${hit.kommentar ? ` ${hit.kommentar}` : ''}`,
    });
  for (const term of findUnexplainedTerms(all, glossary))
    advice.push({
      kind: 'begrepp',
      message: `"${term.found}" är ett begrepp i ordlistan. Förklara det med några ord där det först står, till exempel: ${firstSentence(term.definition)}`,
    });
  return advice;
}
