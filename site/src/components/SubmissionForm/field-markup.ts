/**
 * How a row of the field table becomes attributes of its control: the same rules for every
 * field of a kind, so the field components hold no per-field exceptions.
 */
import type { FieldKind, SubmissionField } from '@vg/shared-schema';

/** The pattern of a kind's values, as the browser checks them (same rules as the schema's). */
export const KIND_PATTERN: Partial<Record<FieldKind, string>> = {
  tel: '(\\+46|0)[0-9 \\-]{5,16}',
  email: '[^@\\s]+@[^@\\s]+\\.[^@\\s]+',
  url: 'https://.+',
};

/** Typed into a textarea rather than an input. */
export const isTextarea = (field: SubmissionField) => field.kind === 'textarea' || field.kind === 'lines';

/** Required only for one kind of proposal: the script sets `required` when that kind is chosen. */
export const requiredFor = (field: SubmissionField) =>
  field.required === 'ny-insats' || field.required === 'andring' ? field.required : undefined;

/** What the label says about being required. */
export function requirementNote(field: SubmissionField): string {
  if (field.required === true) return 'krävs';
  if (field.required === 'ny-insats') return 'krävs för en ny insats';
  if (field.required === 'andring') return 'krävs för en ändring';
  return '';
}

/** Width of the control, for the length of what is typed: numbers and dates are short, texts in a textarea wide. */
export function controlWidth(field: SubmissionField): 'kort' | 'mellan' | 'hel' {
  if (field.width === 'short' || field.kind === 'number' || field.kind === 'date') return 'kort';
  return isTextarea(field) ? 'hel' : 'mellan';
}

const INPUT_TYPES = ['text', 'password', 'email', 'tel', 'url', 'number', 'date'] as const;

/** The `type` of a typed field's input: its kind. */
export function inputType(field: SubmissionField): (typeof INPUT_TYPES)[number] {
  const type = INPUT_TYPES.find((t) => t === field.kind);
  if (!type) throw new Error(`Fälttabellen: ${field.path} (${field.kind}) är inget textfält.`);
  return type;
}
