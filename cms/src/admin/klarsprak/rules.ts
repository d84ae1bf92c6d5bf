/**
 * What the writing help in the content manager's edit view measures and says: which fields it
 * reads, the target of each (klarspråk or lättläst), and the Swedish lines the editor sees.
 * The measures and the advice themselves are `@vg/shared-schema/klarsprak`'s. No React and no
 * Strapi imports: the admin bundle and the unit tests share it.
 */
import {
  type Advice,
  type GlossaryTerm,
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
export const BEGREPP = 'api::begrepp.begrepp';

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
  /** For a component field: which component, and whether it is a list. */
  attribute?: { component?: string; repeatable?: boolean } | undefined;
}

/** The edit layouts of the components a content type uses, by component uid. */
export type ComponentLayouts = Record<string, { layout: readonly (readonly LayoutField[])[] }>;

export interface LongTextField {
  /** Where the value is in the form: "beskrivning", or "steg.0.vadHander" inside a component. */
  name: string;
  label: string;
  style: TextStyle;
  /** Inside a component (a chain step, a story's step): shown only when there is advice, so the panel stays short. */
  inComponent?: boolean;
}

/** A value in the form's values by its dotted path ("steg.0.vadHander"). */
export function valueAt(values: unknown, pathName: string): unknown {
  return pathName
    .split('.')
    .reduce<unknown>((v, key) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), values);
}

/**
 * The long text fields of a content type's edit view, in the order the editor sees them,
 * including those inside its components: with the form's values, one per item of a repeatable
 * component ("Steg 2 – Vad händer"); without them, one per field, to tell whether there are any.
 */
export function longTextFields(
  model: string,
  layout: readonly LayoutField[],
  components: ComponentLayouts = {},
  values?: Record<string, unknown>,
): LongTextField[] {
  if (!writtenForVisitors(model)) return [];
  const labelOf = (f: LayoutField) => f.label?.trim() || f.name;
  const walk = (fields: readonly LayoutField[], prefix: string, labelPrefix: string, depth: number): LongTextField[] =>
    fields.flatMap((f): LongTextField[] => {
      const name = `${prefix}${f.name}`;
      if (LONG_TEXT_TYPES.includes(f.type))
        return [{ name, label: `${labelPrefix}${labelOf(f)}`, style: styleOf(f.name), ...(depth > 0 ? { inComponent: true } : {}) }];
      const inner = f.type === 'component' && f.attribute?.component ? components[f.attribute.component]?.layout.flat() : undefined;
      if (!inner || depth > 3) return [];
      if (values === undefined) return walk(inner, `${name}.`, `${labelPrefix}${labelOf(f)} – `, depth + 1);
      const value = valueAt(values, name);
      if (f.attribute?.repeatable)
        return (Array.isArray(value) ? value : []).flatMap((_, i) =>
          walk(inner, `${name}.${i}.`, `${labelPrefix}${labelOf(f)} ${i + 1} – `, depth + 1),
        );
      return value && typeof value === 'object' ? walk(inner, `${name}.`, `${labelPrefix}${labelOf(f)} – `, depth + 1) : [];
    });
  return walk(layout, '', '', 0);
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
export function fieldReport(
  field: LongTextField,
  value: unknown,
  jargon: readonly JargonEntry[] = [],
  glossary: readonly GlossaryTerm[] = [],
): FieldReport | null {
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
    advice: plainLanguageAdvice(text, field.style, jargon, glossary),
  };
}

/* --- The word lists ------------------------------------------------------------------------------ */

/**
 * The jargon list and the glossary's published terms, from the CMS's own route (cms/src/klarsprak/
 * word-lists.ts), which every writing role may read: a Skribent gets the same advice as the
 * redaktion without being able to read either type in the content manager.
 */
export const WORD_LISTS_URL = '/klarsprak/ordlistor';

const filled = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** The route's answer as lists the advice reads; anything malformed is left out rather than failing the panel. */
export function parseWordLists(body: unknown): { jargong: JargonEntry[]; begrepp: GlossaryTerm[] } {
  const { jargong, begrepp } = ((body as { data?: unknown } | null)?.data ?? {}) as { jargong?: unknown; begrepp?: unknown };
  return {
    jargong: (Array.isArray(jargong) ? jargong : []).flatMap((r): JargonEntry[] => {
      const { ord, forslag, kommentar } = (r ?? {}) as Record<string, unknown>;
      return filled(ord) && filled(forslag) ? [{ ord, forslag, kommentar: filled(kommentar) ? kommentar : null }] : [];
    }),
    begrepp: (Array.isArray(begrepp) ? begrepp : []).flatMap((r): GlossaryTerm[] => {
      const { term, definition, alias } = (r ?? {}) as Record<string, unknown>;
      if (!filled(term) || !filled(definition)) return [];
      return [{ term, definition, alias: (Array.isArray(alias) ? alias : []).filter(filled) }];
    }),
  };
}
