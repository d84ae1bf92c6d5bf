import { type SubmissionField, type SubmissionFieldPath, submissionFields } from '@vg/shared-schema';
import { describe, expect, it } from 'vitest';
import { formParts, isBox } from './layout.ts';

describe('formParts', () => {
  it('splits the field table into parts at each heading, and boxes the fields of a group', () => {
    const parts = formParts();
    expect(parts.map((p) => p.heading)).toEqual([
      'Inlämningsnyckel',
      'Vad gäller förslaget?',
      'Om insatsen',
      'Var insatsen finns',
      'Tid, platser och kostnad',
      'Kontakt för den som vill vara med',
      'Meddelande till redaktionen',
      'Dina kontaktuppgifter',
    ]);
    const boxes = parts.flatMap((p) => p.items.filter(isBox));
    expect(boxes.map((b) => [b.group, b.whole, b.fields.length])).toEqual([
      ['uppgifter.plats', true, 5],
      ['uppgifter.kontakt', true, 4],
      ['avsandare', false, 4],
    ]);
    // Every field once, in the table's order.
    const paths = parts.flatMap((p) => p.items.flatMap((i) => (isBox(i) ? i.fields : [i]))).map((f) => f.path);
    expect(paths).toEqual(submissionFields().map((f) => f.path));
  });

  it('places a field added to the table where the table puts it', () => {
    const fields = submissionFields();
    const tolk: SubmissionField = { path: 'uppgifter.tolk' as SubmissionFieldPath, kind: 'text', label: 'Tolk', hint: 'Finns det tolk?' };
    const at = fields.findIndex((f) => f.path === 'uppgifter.sprak') + 1;
    const parts = formParts([...fields.slice(0, at), tolk, ...fields.slice(at)]);
    const omInsatsen = parts.find((p) => p.heading === 'Om insatsen')?.items.map((i) => (isBox(i) ? i.group : String(i.path)));
    expect(omInsatsen).toContain('uppgifter.tolk');
    expect(omInsatsen?.indexOf('uppgifter.tolk')).toBe((omInsatsen?.indexOf('uppgifter.sprak') ?? 0) + 1);
  });

  it('needs a heading before the first field', () => {
    const [, ...rest] = submissionFields();
    const { section: _, ...typ } = rest[0] as SubmissionField;
    expect(() => formParts([typ, ...rest.slice(1)])).toThrow('behöver en rubrik');
  });
});
