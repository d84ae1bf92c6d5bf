/**
 * What the writing help in the content manager's edit view measures and says: which fields it
 * reads, the target of each (klarspråk or lättläst), and the Swedish lines the editor sees.
 * The measures and the advice themselves are `@vg/shared-schema/klarsprak`'s. No React and no
 * Strapi imports: the admin bundle and the unit tests share it.
 */
import {
  type Advice,
  type JargonEntry,
  LIX_MIN_WORDS,
  plainLanguageAdvice,
  readability,
  TEXT_TARGETS,
  type TextNode,
  type TextStyle,
  textUnitsOfBlocks,
} from '@vg/shared-schema/klarsprak';

export const JARGONGORD = 'api::jargongord.jargongord';

/** Content types not written for visitors: the intake's and the jargon list itself. */
export const NOT_FOR_VISITORS: readonly string[] = [
  'api::forslag.forslag',
  'api::inlamningsnyckel.inlamningsnyckel',
  'api::aterkoppling.aterkoppling',
  JARGONGORD,
];

/** The project's own content types (not Strapi's users, uploads …), except those above. */
export function writtenForVisitors(model: string): boolean {
  return model.startsWith('api::') && !NOT_FOR_VISITORS.includes(model);
}

/** The Strapi attribute types of a long text: rich text (Blocks) and the multi-line text field. */
export const LONG_TEXT_TYPES: readonly string[] = ['blocks', 'text'];

/** The field that holds the lättläst version of a text; every other text is klarspråk. */
export const LATTLAST_FIELD = 'lattlast';

export function styleOf(field: string): TextStyle {
  return field === LATTLAST_FIELD ? 'lattlast' : 'klarsprak';
}

/** A field as the edit view's layout describes it (its label is the admin's, in Swedish). */
export interface LayoutField {
  name: string;
  type: string;
  label?: string | undefined;
}

export interface LongTextField {
  name: string;
  label: string;
  style: TextStyle;
}

/** The long text fields of a content type's edit view, in the order the editor sees them. */
export function longTextFields(model: string, layout: readonly LayoutField[]): LongTextField[] {
  if (!writtenForVisitors(model)) return [];
  return layout
    .filter((f) => LONG_TEXT_TYPES.includes(f.type))
    .map((f) => ({ name: f.name, label: f.label?.trim() || f.name, style: styleOf(f.name) }));
}

/** A field's value as the form holds it, as text for the measures: a string, or the paragraphs of Blocks. */
export function textOf(value: unknown): string | string[] {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return textUnitsOfBlocks(value.filter((b): b is TextNode => typeof b === 'object' && b !== null));
  return '';
}

const decimal = (n: number) => String(n).replace('.', ',');

export const STYLE_LABEL: Record<TextStyle, string> = { klarsprak: 'klarspråk', lattlast: 'lättläst svenska' };

export const PANEL = {
  title: 'Skrivhjälp',
  intro: 'Råd medan du skriver. De hindrar dig inte från att spara.',
  empty: 'Skriv i ett textfält, så visas läsbarhet och råd här.',
  allWell: 'Inga råd. Texten når målen.',
  adviceHeading: 'Råd',
} as const;

/** What the panel shows for one field with text. */
export interface FieldReport extends LongTextField {
  /** "Mål: klarspråk". */
  target: string;
  /** "LIX 42 (mål högst 40)", or why there is none yet for a short text. */
  lix: string;
  /** "I snitt 12 ord per mening (mål högst 15)". */
  sentences: string;
  advice: Advice[];
}

/** The measures and advice for one field, or null when it has no text yet. */
export function fieldReport(field: LongTextField, value: unknown, jargon: readonly JargonEntry[] = []): FieldReport | null {
  const text = textOf(value);
  const target = TEXT_TARGETS[field.style];
  const r = readability(text, target);
  if (r.words === 0) return null;
  return {
    ...field,
    target: `Mål: ${STYLE_LABEL[field.style]}`,
    lix:
      r.words >= LIX_MIN_WORDS
        ? `LIX ${r.lix} (mål högst ${target.lix})`
        : `LIX räknas från ${LIX_MIN_WORDS} ord. Texten har ${r.words} ord.`,
    sentences: `I snitt ${decimal(r.meanSentenceWords)} ord per mening (mål högst ${target.meanSentenceWords})`,
    advice: plainLanguageAdvice(text, field.style, jargon),
  };
}

/* --- The jargon list ----------------------------------------------------------------------------- */

export const JARGON_PAGE_SIZE = 100;

export const jargonListUrl = (page: number) =>
  `/content-manager/collection-types/${JARGONGORD}?page=${page}&pageSize=${JARGON_PAGE_SIZE}&sort=ord:ASC`;

/** One page of the content manager's list of jargon words: the entries, and how many pages there are. */
export function parseJargonPage(body: unknown): { entries: JargonEntry[]; pageCount: number } {
  const { results, pagination } = (body ?? {}) as { results?: unknown; pagination?: { pageCount?: unknown } };
  const entries = (Array.isArray(results) ? results : []).flatMap((r): JargonEntry[] => {
    const { ord, forslag, kommentar } = (r ?? {}) as Record<string, unknown>;
    if (typeof ord !== 'string' || typeof forslag !== 'string' || ord.trim() === '') return [];
    return [{ ord, forslag, kommentar: typeof kommentar === 'string' ? kommentar : null }];
  });
  const pageCount = typeof pagination?.pageCount === 'number' ? pagination.pageCount : 1;
  return { entries, pageCount };
}

/** Whether the user may read the jargon list in the content manager (a Redaktör may, a Skribent not). */
export function mayReadJargon(permissions: readonly { action: string; subject?: string | null }[] | undefined): boolean {
  return (permissions ?? []).some((p) => p.action === 'plugin::content-manager.explorer.read' && p.subject === JARGONGORD);
}
