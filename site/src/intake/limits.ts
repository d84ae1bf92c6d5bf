/**
 * A form field's HTML limits, from the field table the CMS's schema is built from, so the form
 * cannot drift from what the CMS accepts: `maxlength` for text, and for a list typed one item per
 * line the longest line and the most lines. Build time only; the browser script reads the attributes.
 */
import { type SubmissionField, submissionField } from '@vg/shared-schema';
import { type FaltPath, isFalt } from './fields.ts';

export interface TextLimits {
  maxlength?: number;
  lista?: { radMax: number; raderMax: number };
}

/** The limits of a row of the field table; empty for fields without a length (numbers, choices). */
export function fieldLimits({ kind, maxLength, maxItems }: SubmissionField): TextLimits {
  if (kind === 'lines' && maxLength !== undefined && maxItems !== undefined)
    // A line and its line break per item: the textarea never cuts a list the schema would take.
    return { maxlength: maxItems * (maxLength + 1), lista: { radMax: maxLength, raderMax: maxItems } };
  const text = kind === 'text' || kind === 'password' || kind === 'textarea' || kind === 'email' || kind === 'url' || kind === 'tel';
  return text && maxLength !== undefined ? { maxlength: maxLength } : {};
}

/** The limits the schema sets on this field of the form. */
export function textLimits(falt: FaltPath): TextLimits {
  if (!isFalt(falt))
    throw new Error(`Formulärfältet "${falt}" finns inte i SubmissionSchema: rätta fältets namn eller lägg till fältet i fälttabellen.`);
  return fieldLimits(submissionField(falt));
}
