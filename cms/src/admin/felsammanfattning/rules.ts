/**
 * "Att rätta": what the edit view's form holds as errors after a refused save or publish, as one
 * list under the admin's field labels. Strapi shows such errors at each field and in a toast that
 * disappears; the list stays until the errors are fixed. Plain functions (no React, no Strapi
 * imports), so the wording is tested without a browser.
 */

export const SUMMARY = {
  title: 'Att rätta',
  intro: (n: number) =>
    n === 1
      ? 'Ett fält behöver rättas innan posten kan sparas eller publiceras:'
      : `${n} fält behöver rättas innan posten kan sparas eller publiceras:`,
  goTo: (label: string) => `Gå till ${label}`,
} as const;

/** One error: the form path ("steg.0.vadHander"), where it is in the editor's words, and what is wrong. */
export interface FieldError {
  name: string;
  label: string;
  message: string;
}

/** A field of the edit view's layout (its label is the admin's, in Swedish). */
export interface LabelledField {
  name: string;
  label?: string | undefined;
  attribute?: { component?: string; repeatable?: boolean } | undefined;
}
export type ComponentFields = Record<string, { layout: readonly (readonly LabelledField[])[] }>;

/** A message as the form holds it: a string, or a translation descriptor with its default text. */
function messageOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'defaultMessage' in value) {
    const { defaultMessage, values } = value as { defaultMessage?: unknown; values?: Record<string, unknown> };
    if (typeof defaultMessage !== 'string') return undefined;
    return defaultMessage.replace(/\{(\w+)\}/g, (all, key: string) => (values && key in values ? String(values[key]) : all));
  }
  return undefined;
}

/** Every error in the form's nested errors object, with its dotted path, in the order the form lists fields. */
export function flattenErrors(errors: unknown, prefix = ''): { name: string; message: string }[] {
  const here = messageOf(errors);
  if (here !== undefined) return prefix ? [{ name: prefix, message: here }] : [];
  if (!errors || typeof errors !== 'object') return [];
  return Object.entries(errors as Record<string, unknown>).flatMap(([key, value]) =>
    flattenErrors(value, prefix ? `${prefix}.${key}` : key),
  );
}

/** "Steg 2 – Vad händer" for "steg.1.vadHander": the layout's labels, items counted from 1. */
export function labelOf(name: string, layout: readonly LabelledField[], components: ComponentFields): string {
  const parts = name.split('.');
  const words: string[] = [];
  let fields: readonly LabelledField[] | undefined = layout;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    const field: LabelledField | undefined = fields?.find((f) => f.name === part);
    if (!field) {
      words.push(/^\d+$/.test(part) ? String(Number(part) + 1) : part);
      continue;
    }
    let word = field.label?.trim() || field.name;
    if (field.attribute?.repeatable && /^\d+$/.test(parts[i + 1] ?? '')) {
      word = `${word} ${Number(parts[i + 1]) + 1}`;
      i++;
    }
    words.push(word);
    fields = field.attribute?.component ? components[field.attribute.component]?.layout.flat() : undefined;
  }
  return words.join(' – ');
}

/** The form's errors under the editor's labels. */
export function fieldErrors(errors: unknown, layout: readonly LabelledField[], components: ComponentFields): FieldError[] {
  return flattenErrors(errors).map((e) => ({ ...e, label: labelOf(e.name, layout, components) }));
}
