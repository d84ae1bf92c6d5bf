/**
 * The form's parts in order, from the field table: a part starts at a field with a heading, and
 * fields that share a group's path (a venue, a contact, the sender) stand together in one box.
 */
import { fieldGroup, SUBMISSION_FIELD_GROUPS, type SubmissionField, submissionFields } from '@vg/shared-schema';

export interface FieldBox {
  group: string;
  legend: string;
  hint: string;
  /** Checked as a whole: once any field is filled in, its `in-group` fields are needed. */
  whole: boolean;
  fields: SubmissionField[];
}

export interface FormPart {
  heading: string;
  hint?: string | undefined;
  items: (SubmissionField | FieldBox)[];
}

export const isBox = (item: SubmissionField | FieldBox): item is FieldBox => 'fields' in item;

export function formParts(fields: readonly SubmissionField[] = submissionFields()): FormPart[] {
  const parts: FormPart[] = [];
  for (const field of fields) {
    if (field.section) parts.push({ heading: field.section.heading, hint: field.section.hint, items: [] });
    const part = parts.at(-1);
    if (!part) throw new Error(`Fälttabellen: det första fältet (${field.path}) behöver en rubrik (section).`);
    const group = fieldGroup(field.path);
    const last = part.items.at(-1);
    if (!group) part.items.push(field);
    else if (last && isBox(last) && last.group === group) last.fields.push(field);
    else part.items.push({ group, ...SUBMISSION_FIELD_GROUPS[group], whole: false, fields: [field] });
  }
  for (const item of parts.flatMap((p) => p.items)) if (isBox(item)) item.whole = item.fields.some((f) => f.required === 'in-group');
  return parts;
}
