/**
 * The submission form's fields by their path in the payload ("uppgifter.plats.adress"), with
 * the Swedish label each shows, from the field table in @vg/shared-schema: one list for the
 * form (labels, names, ids) and the error page (the wrong fields by name). The zod-free subpath
 * keeps the schemas out of the error page's bundle. The form script finds fields in its page
 * instead (field-path.ts).
 */
import { SUBMISSION_FIELDS, type SubmissionFieldPath } from '@vg/shared-schema/intake/form';

export type FaltPath = SubmissionFieldPath;

export const FALT_ETIKETT = Object.fromEntries(Object.entries(SUBMISSION_FIELDS).map(([path, field]) => [path, field.label])) as {
  readonly [P in FaltPath]: (typeof SUBMISSION_FIELDS)[P]['label'];
};

/** Is this path one of the form's fields? */
export const isFalt = (path: string): path is FaltPath => Object.hasOwn(SUBMISSION_FIELDS, path);

/** The form control name of a field: "uppgifter.plats.adress" → "uppgifter[plats][adress]". */
export function faltNamn(falt: FaltPath): string {
  const [first, ...rest] = falt.split('.');
  return `${first}${rest.map((p) => `[${p}]`).join('')}`;
}

export { faltId } from './field-path.ts';
