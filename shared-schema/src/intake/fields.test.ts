import { describe, expect, it } from 'vitest';
import { InsatsSchema } from '../content/insats.ts';
import { objectShape } from '../content/shape.ts';
import { MAX_TIMMAR_PER_VECKA } from '../vocabulary.ts';
import { shapeFrom } from './field-schema.ts';
import { fieldGroup, SUBMISSION_FIELD_DETAILS, type SubmissionField, submissionField, submissionFields } from './fields.ts';
import { SUBMISSION_FIELDS, type SubmissionFieldPath } from './form.ts';
import { AvsandareSchema, SubmissionInsatsSchema, SubmissionSchema } from './submission.ts';

describe('the field table', () => {
  it('has both halves for every field, in the same order', () => {
    expect(Object.keys(SUBMISSION_FIELD_DETAILS)).toEqual(Object.keys(SUBMISSION_FIELDS));
  });

  it('puts each field’s own limits into its hint and messages', () => {
    const timmar = submissionField('uppgifter.timmarMax');
    expect(timmar.hint).toBe(`Hur många timmar i veckan man kan komma upp i. Ett heltal mellan 1 och ${MAX_TIMMAR_PER_VECKA}.`);
    expect(timmar.messages?.format).toBe(`Timmar per vecka, som mest: skriv ett heltal mellan 1 och ${MAX_TIMMAR_PER_VECKA}.`);
    expect(submissionField('uppgifter.sammanfattning').hint).toMatch(/Högst 200 tecken\.$/);
    for (const field of submissionFields()) expect(JSON.stringify(field), field.path).not.toMatch(/\{(min|max|maxLength|maxItems)\}/);
  });

  it('groups fields by the path they share', () => {
    expect(fieldGroup('uppgifter.plats.ort')).toBe('uppgifter.plats');
    expect(fieldGroup('avsandare.roll')).toBe('avsandare');
    expect(fieldGroup('uppgifter.namn')).toBeUndefined();
  });

  it('gives the months the same range as the insats’s own rule, which the schema uses', () => {
    const { min = 0, max = 0 } = submissionField('uppgifter.langdManader');
    const rule = objectShape(InsatsSchema).langdManader;
    for (const [value, ok] of [
      [min, true],
      [max, true],
      [min - 1, false],
      [max + 1, false],
    ] as const)
      expect(rule?.safeParse(value).success, String(value)).toBe(ok);
  });
});

describe('the submission schema, built from the field table', () => {
  const uppgifter = (Object.keys(SUBMISSION_FIELDS) as SubmissionFieldPath[]).filter((p) => p.startsWith('uppgifter.'));

  it('has exactly the table’s fields, groups as objects', () => {
    const keys = new Set(uppgifter.map((p) => p.split('.')[1]));
    expect(Object.keys(SubmissionInsatsSchema.shape)).toEqual([...keys]);
    expect(Object.keys(SubmissionInsatsSchema.shape.plats.unwrap().shape)).toEqual(['namn', 'adress', 'postnummer', 'ort', 'hitta']);
    expect(Object.keys(AvsandareSchema.shape)).toEqual(['namn', 'roll', 'epost', 'telefon']);
  });

  it('takes its limits and messages from the table', () => {
    const namn = submissionField('uppgifter.namn');
    const long = 'x'.repeat((namn.maxLength ?? 0) + 1);
    expect(SubmissionInsatsSchema.safeParse({ namn: long }).error?.issues[0]?.message).toBe(
      `${namn.schema?.name} får vara högst ${namn.maxLength} tecken. Korta texten.`,
    );
    const timmar = submissionField('uppgifter.timmarMin');
    expect(SubmissionInsatsSchema.safeParse({ timmarMin: 'fyra' }).error?.issues[0]?.message).toBe(timmar.messages?.format);
    expect(SubmissionInsatsSchema.safeParse({ timmarMin: timmar.max }).success).toBe(true);
    expect(SubmissionInsatsSchema.safeParse({ timmarMin: (timmar.max ?? 0) + 1 }).success).toBe(false);
  });

  it('needs what the table marks as required for a new insats, with the table’s messages', () => {
    const r = SubmissionSchema.safeParse({
      nyckel: 'vg_nyckel',
      typ: 'ny-insats',
      uppgifter: {},
      avsandare: { roll: 'R', epost: 'r@example.se' },
    });
    const needed = submissionFields().filter((f) => f.required === 'ny-insats');
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual(
      needed.map((f) => [f.path, f.schema?.missing ?? f.messages?.missing]),
    );
  });

  it('checks the order the table asks for (notBelow, notAbove)', () => {
    const r = SubmissionSchema.safeParse({
      nyckel: 'vg_nyckel',
      typ: 'andring',
      insats: 'jonsbo',
      uppgifter: { timmarMin: 10, timmarMax: 5, platserAntal: 1, platserLediga: 2 },
      avsandare: { roll: 'R', epost: 'r@example.se' },
    });
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['uppgifter.timmarMax', 'uppgifter.platserLediga']);
  });

  it('gains a field that is added to the table, with its kind, limits and messages', () => {
    const tolk: SubmissionField = {
      path: 'uppgifter.tolk' as SubmissionFieldPath,
      kind: 'text',
      label: 'Tolk',
      hint: 'Finns det tolk?',
      maxLength: 50,
      schema: { name: 'Tolk' },
    };
    const antal: SubmissionField = {
      path: 'uppgifter.antal' as SubmissionFieldPath,
      kind: 'number',
      label: 'Antal',
      hint: '',
      min: 1,
      max: 3,
    };
    const shape = shapeFrom([...submissionFields(), tolk, antal], 'uppgifter');
    const tolkSchema = shape.tolk;
    expect(tolkSchema?.safeParse(undefined).success).toBe(true);
    expect(tolkSchema?.safeParse(' ja ').data).toBe('ja');
    expect(tolkSchema?.safeParse('x'.repeat(51)).error?.issues[0]?.message).toBe('Tolk får vara högst 50 tecken. Korta texten.');
    expect(shape.antal?.safeParse(3).success).toBe(true);
    expect(shape.antal?.safeParse(4).success).toBe(false);
  });
});
