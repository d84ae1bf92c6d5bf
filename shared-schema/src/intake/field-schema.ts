/**
 * The submission schema's fields, built from the field table (form.ts + fields.ts): a field's
 * kind picks the check, its limits and the table's wording give the rules and the Swedish
 * messages. The types follow the table too, so `SubmissionInsats` names every field exactly.
 */
import { z } from 'zod';
import { emailSchema, HttpsUrlSchema, IsoDateSchema, PhoneSchema } from '../content/common.ts';
import { DriftstatusSchema, StodformSchema, VagInTypSchema } from '../content/insats.ts';
import { SlugSchema } from '../slug.ts';
import { HTML_TAG, KOMMUNKOD_PATTERN } from '../vocabulary.ts';
import {
  type FieldOption,
  type OptionSource,
  type SUBMISSION_FIELD_DETAILS,
  SUBMISSION_FIELD_GROUPS,
  type SubmissionField,
  submissionField,
  submissionFields,
} from './fields.ts';
import type { SUBMISSION_FIELDS, SubmissionFieldPath } from './form.ts';

/** Plain text with a length limit and no HTML; `falt` names the field in the Swedish message. */
export const plainText = (falt: string, max: number) =>
  z
    .string({ error: `${falt}: skriv text.` })
    .trim()
    .max(max, { error: `${falt} får vara högst ${max.toLocaleString('sv-SE')} tecken. Korta texten.` })
    .refine((v) => !HTML_TAG.test(v), {
      error: `${falt} innehåller HTML-kod (t.ex. <script>). Skriv vanlig text utan tecknen < och > runt ord.`,
    });

const requiredText = (falt: string, max: number) =>
  plainText(falt, max).refine((v) => v.length > 0, { error: `${falt} saknas. Fyll i fältet.` });

const textList = (falt: string, maxItems: number, maxLength: number) =>
  z
    .array(requiredText(falt, maxLength), { error: `${falt}: skicka en lista med texter.` })
    .max(maxItems, { error: `${falt}: högst ${maxItems} punkter.` });

const KommunkodSchema = z.string().regex(KOMMUNKOD_PATTERN, { error: 'Kommunkoden ska vara fyra siffror, t.ex. "0580" för Linköping.' });

/** The value each list of options stands for. */
const OPTION_SCHEMAS = {
  insatser: SlugSchema,
  malgrupper: SlugSchema,
  stodformer: StodformSchema,
  vagarIn: VagInTypSchema,
  driftstatusar: DriftstatusSchema,
} satisfies Record<OptionSource, z.ZodType>;
type OptionSchemas = typeof OPTION_SCHEMAS;

/** Options written in the table itself (e.g. the kinds of proposal): one of their values. */
const inlineOptions = (options: readonly FieldOption[]) => z.enum(options.map((o) => o.value) as [string, ...string[]]);

// --- Types ------------------------------------------------------------------------------------

type Basics = typeof SUBMISSION_FIELDS;
type Details = typeof SUBMISSION_FIELD_DETAILS;
type Options<P extends SubmissionFieldPath> = Details[P] extends { options: infer O extends OptionSource } ? OptionSchemas[O] : z.ZodEnum;

/** The check of a field's value, by kind. */
type ValueSchema<P extends SubmissionFieldPath> = {
  text: z.ZodString;
  password: z.ZodString;
  textarea: z.ZodString;
  email: z.ZodEmail;
  tel: typeof PhoneSchema;
  url: typeof HttpsUrlSchema;
  lines: z.ZodArray<z.ZodString>;
  number: z.ZodNumber;
  date: typeof IsoDateSchema;
  select: Options<P>;
  radio: Options<P>;
  'yes-no': z.ZodBoolean;
  checkboxes: z.ZodArray<Options<P>>;
  kommuner: z.ZodArray<typeof KommunkodSchema>;
}[Basics[P]['kind']];

/** Required in the schema: always, or within its group. Other requirements are checked on the whole submission. */
type FieldSchema<P extends SubmissionFieldPath> = Details[P] extends { required: true | 'in-group' }
  ? ValueSchema<P>
  : z.ZodOptional<ValueSchema<P>>;

/** "uppgifter.namn" under "uppgifter" → "namn"; deeper paths are not direct fields. */
type FieldKey<Prefix extends string, P> = P extends `${Prefix}.${infer K}` ? (K extends `${string}.${string}` ? never : K) : never;
/** "uppgifter.plats.ort" under "uppgifter" → "plats". */
type GroupKey<Prefix extends string, P> = P extends `${Prefix}.${infer G}.${string}` ? G : never;

/** The zod shape of the fields under a path, with the groups under it as objects. */
export type ShapeOf<Prefix extends string> = {
  [P in SubmissionFieldPath as FieldKey<Prefix, P>]: FieldSchema<P>;
} & {
  [P in SubmissionFieldPath as GroupKey<Prefix, P>]: z.ZodOptional<z.ZodObject<ShapeOf<`${Prefix}.${GroupKey<Prefix, P>}`>>>;
};

// --- Building ---------------------------------------------------------------------------------

/** The name the schema's messages use for a field. */
const nameOf = (field: SubmissionField) => field.schema?.name ?? field.label;

/** A limit the field's kind needs; the table is wrong without it. */
function limit(field: SubmissionField, key: 'maxLength' | 'maxItems' | 'min' | 'max'): number {
  const value = field[key];
  if (value === undefined) throw new Error(`Fälttabellen: ${field.path} (${field.kind}) behöver ${key}.`);
  return value;
}

function options(field: SubmissionField): z.ZodType {
  if (field.options === undefined) throw new Error(`Fälttabellen: ${field.path} (${field.kind}) behöver options.`);
  return typeof field.options === 'string' ? OPTION_SCHEMAS[field.options] : inlineOptions(field.options);
}

const isRequired = (field: SubmissionField) => field.required === true || field.required === 'in-group';

/** The check of one field's value, by its kind. */
function valueSchema(field: SubmissionField): z.ZodType {
  const name = nameOf(field);
  switch (field.kind) {
    case 'text':
    case 'password':
    case 'textarea':
      if (field.pattern !== undefined)
        return z
          .string({ error: field.schema?.type ?? `${name}: skriv text.` })
          .regex(new RegExp(`^(?:${field.pattern})$`), { error: field.schema?.pattern ?? field.messages?.format });
      return isRequired(field) ? requiredText(name, limit(field, 'maxLength')) : plainText(name, limit(field, 'maxLength'));
    case 'lines':
      return textList(name, limit(field, 'maxItems'), limit(field, 'maxLength'));
    case 'number':
      return z
        .number({ error: field.schema?.type ?? field.messages?.format })
        .int()
        .min(limit(field, 'min'))
        .max(limit(field, 'max'));
    case 'date':
      return IsoDateSchema;
    case 'email':
      return emailSchema(field.schema?.type).max(limit(field, 'maxLength'));
    case 'tel':
      return PhoneSchema;
    case 'url':
      return HttpsUrlSchema.max(limit(field, 'maxLength'), { error: `${name} får vara högst ${limit(field, 'maxLength')} tecken.` });
    case 'yes-no':
      return z.boolean({ error: `${name}: svara ja eller nej.` });
    case 'select':
    case 'radio':
      return options(field);
    case 'checkboxes':
      return z.array(options(field), { error: field.schema?.type ?? `${name}: skicka en lista.` }).max(limit(field, 'maxItems'));
    case 'kommuner':
      return z.array(KommunkodSchema, { error: field.schema?.type ?? `${name}: skicka en lista.` }).max(limit(field, 'maxItems'));
  }
}

/** A field's schema: its value's check, optional unless the schema must always have it. */
export function fieldSchema(field: SubmissionField): z.ZodType {
  const schema = valueSchema(field);
  return isRequired(field) ? schema : schema.optional();
}

const groupError = (path: string) => (SUBMISSION_FIELD_GROUPS as Record<string, { schemaError: string }>)[path]?.schemaError;

/**
 * The zod shape of the fields under `prefix` ("uppgifter"), in the table's order; a group of
 * fields under it ("uppgifter.plats") becomes an optional object. `fields` is the table.
 */
export function shapeFrom(fields: readonly SubmissionField[], prefix: string): Record<string, z.ZodType> {
  const shape: Record<string, z.ZodType> = {};
  for (const field of fields) {
    if (!field.path.startsWith(`${prefix}.`)) continue;
    const [key = '', ...deeper] = field.path.slice(prefix.length + 1).split('.');
    if (deeper.length === 0) shape[key] = fieldSchema(field);
    else shape[key] ??= z.object(shapeFrom(fields, `${prefix}.${key}`), { error: groupError(`${prefix}.${key}`) }).optional();
  }
  return shape;
}

/** The zod shape of the submission form's fields under `prefix`, typed field by field. */
export const shapeOf = <Prefix extends string>(prefix: Prefix): ShapeOf<Prefix> =>
  shapeFrom(submissionFields(), prefix) as unknown as ShapeOf<Prefix>;

/** The schema of one field of the form, typed by its path (for fields outside any prefix, e.g. "meddelande"). */
export const schemaOf = <P extends SubmissionFieldPath>(path: P): FieldSchema<P> =>
  fieldSchema(submissionField(path)) as unknown as FieldSchema<P>;
