import type { z } from 'zod';
import type { StrapiAttribute } from './strapi-model.ts';

/** The limits one field puts on a value, in terms both sides can state. */
export interface FieldConstraints {
  required: boolean;
  minLength?: number;
  maxLength?: number;
  min?: number;
  max?: number;
  enum?: string[];
  /** A string format (a date, a URL, a regular expression): never empty, and a date or pattern also fixes the length. */
  format?: 'fixed' | 'free';
}

interface ZodDef {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: unknown;
  format?: string;
  entries?: Record<string, string>;
  checks?: { _zod: { def: { check: string; format?: string; value?: number; minimum?: number; maximum?: number } } }[];
}
const defOf = (schema: z.ZodType) => (schema as unknown as { def: ZodDef }).def;

/** What a zod field schema requires, looking through optional, nullable, defaults and pipes. */
export function zodConstraints(schema: z.ZodType): FieldConstraints {
  let required = true;
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (def.type === 'optional' || def.type === 'nullable') required = false;
    if ((def.type === 'optional' || def.type === 'nullable' || def.type === 'default') && def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else break;
  }
  const def = defOf(current);
  const out: FieldConstraints = { required };
  if (def.type === 'enum' && def.entries) out.enum = Object.values(def.entries).sort();
  const formatKind = (format: string) => (format === 'url' || format === 'email' ? 'free' : 'fixed');
  if (def.format) out.format = formatKind(def.format);
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    const length = def.type === 'string' || def.type === 'array';
    if (c.check === 'max_length' && length) out.maxLength = c.maximum;
    if (c.check === 'min_length' && length) out.minLength = c.minimum;
    if (c.check === 'length_equals' && length) out.minLength = out.maxLength = c.value;
    if (c.check === 'string_format' && c.format) out.format = formatKind(c.format);
    if (c.check === 'less_than' && def.type === 'number') out.max = c.value;
    if (c.check === 'greater_than' && def.type === 'number') out.min = c.value;
  }
  return out;
}

type StrapiLimits = StrapiAttribute & {
  relation?: string;
  required?: boolean;
  maxLength?: number;
  minLength?: number;
  min?: number;
  max?: number;
  enum?: string[];
};

/** What a Strapi attribute requires, in the same terms. */
export function strapiConstraints(attribute: StrapiAttribute): FieldConstraints {
  const a = attribute as StrapiLimits;
  const out: FieldConstraints = { required: a.required === true };
  if (a.enum) out.enum = [...a.enum].sort();
  if (a.maxLength !== undefined) out.maxLength = a.maxLength;
  if (a.minLength !== undefined) out.minLength = a.minLength;
  // On a repeatable component min/max count items; on a number they bound the value.
  if (a.type === 'component') {
    if (a.min !== undefined) out.minLength = a.min;
    if (a.max !== undefined) out.maxLength = a.max;
  } else {
    if (a.min !== undefined) out.min = a.min;
    if (a.max !== undefined) out.max = a.max;
  }
  return out;
}

/** Attribute types whose "required" the REST API always meets: lists come back empty, never missing. */
const alwaysPresent = (a: StrapiLimits) =>
  (a.type === 'relation' && (a.relation === 'manyToMany' || a.relation === 'oneToMany')) ||
  (a.type === 'component' && a.repeatable === true) ||
  (a as { default?: unknown }).default !== undefined;

/** Text-like attributes: Strapi's "required" refuses an empty value, as zod's min(1) does. */
const TEXT_TYPES = new Set(['string', 'text', 'uid', 'email', 'richtext', 'date', 'datetime', 'time']);

/**
 * Where schema.json and the zod schema disagree on what one field accepts: required, lengths,
 * numeric bounds, enum values. Editors see Strapi's limits while typing and the pipeline refuses
 * by zod's, so a difference means an entry that saves fine and then breaks the build (or a limit
 * the editor is never told about).
 */
export function constraintProblems(where: string, attribute: StrapiAttribute, schema: z.ZodType): string[] {
  const a = attribute as StrapiLimits;
  const strapi = strapiConstraints(attribute);
  const zod = zodConstraints(schema);
  const problems: string[] = [];
  const differ = (what: string, s: unknown, z: unknown) =>
    problems.push(`${where}: ${what} är ${String(s)} i schema.json men ${String(z)} i zod`);

  if (strapi.required && !zod.required) differ('obligatoriskt', 'ja', 'nej');
  if (!strapi.required && zod.required && !alwaysPresent(a)) differ('obligatoriskt', 'nej', 'ja');
  if (JSON.stringify(strapi.enum) !== JSON.stringify(zod.enum)) differ('tillåtna värden', strapi.enum?.join(', '), zod.enum?.join(', '));
  if (strapi.min !== zod.min) differ('minsta värde', strapi.min, zod.min);
  if (strapi.max !== zod.max) differ('största värde', strapi.max, zod.max);
  // A date or a pattern fixes the length on the zod side (kommunkod, länskod): lengths are not compared there.
  if (zod.format !== 'fixed' && strapi.maxLength !== zod.maxLength && !(a.type === 'uid' && strapi.maxLength === undefined))
    differ('största längd', strapi.maxLength, zod.maxLength);
  // Rich text's "not empty" is a refinement (some text, not just empty paragraphs), which the shape cannot show.
  const requiredText = TEXT_TYPES.has(a.type) && strapi.required ? 1 : undefined;
  const zodMin = zod.minLength ?? (zod.format ? 1 : undefined);
  if (a.type !== 'blocks' && zod.format !== 'fixed' && (strapi.minLength ?? requiredText) !== zodMin && !(zodMin === 1 && !zod.required))
    differ('minsta längd', strapi.minLength ?? requiredText, zodMin);
  return problems;
}
