/**
 * The options a choice field offers: written in the field table, or a list from the content
 * (insatser, målgrupper) or the vocabulary (stödformer, vägar in, driftstatus) that the table names.
 */
import {
  DRIFTSTATUS_ETIKETT,
  DRIFTSTATUSAR,
  type FieldOption,
  type OptionSource,
  STODFORM_ETIKETT,
  STODFORMER,
  type SubmissionField,
  VAG_IN_ETIKETT,
  VAG_IN_TYPER,
} from '@vg/shared-schema';

export type Alternativ = FieldOption;
export interface Lan {
  namn: string;
  kommuner: { kod: string; namn: string }[];
}

/** What the form offers from the content, given to it when the site is built. */
export interface FormContent extends Record<Extract<OptionSource, 'insatser' | 'malgrupper'>, readonly Alternativ[]> {
  /** The 290 kommuner by county, counties in code order. */
  lan: readonly Lan[];
}

/** What every field component gets: its row of the field table and the content's lists. */
export interface FieldProps {
  field: SubmissionField;
  content: FormContent;
}

const labelled = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  values.map((value) => ({ value, label: labels[value] }));

/** A yes/no question never forces an answer: "no answer" means no change. */
export const JA_NEJ: readonly FieldOption[] = [
  { value: 'ja', label: 'Ja' },
  { value: 'nej', label: 'Nej' },
  { value: '', label: 'Inget svar (ingen ändring)' },
];

export function fieldOptions(field: SubmissionField, content: FormContent): readonly FieldOption[] {
  if (field.kind === 'yes-no') return JA_NEJ;
  const { options, optionLabels = {} } = field;
  if (options === undefined) throw new Error(`Fälttabellen: ${field.path} (${field.kind}) behöver options.`);
  const list =
    typeof options !== 'string'
      ? options
      : options === 'stodformer'
        ? labelled(STODFORMER, STODFORM_ETIKETT)
        : options === 'driftstatusar'
          ? labelled(DRIFTSTATUSAR, DRIFTSTATUS_ETIKETT)
          : options === 'vagarIn'
            ? labelled(VAG_IN_TYPER, VAG_IN_ETIKETT)
            : content[options];
  return list.map((o) => ({ value: o.value, label: optionLabels[o.value] ?? o.label }));
}
