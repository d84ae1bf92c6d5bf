import { type SubmissionField, type SubmissionFieldPath, submissionFields } from '@vg/shared-schema';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeEntities } from '../../../test/html.ts';
import { FALT_ETIKETT } from '../../intake/fields.ts';
import Field from './Field.astro';
import SubmissionForm from './SubmissionForm.astro';
import { examples } from './SubmissionForm.examples.ts';

const content = { insatser: examples.standard.insatser, malgrupper: examples.standard.malgrupper, lan: examples.standard.lan };

describe('the submission form’s markup, from the field table', () => {
  let container: AstroContainer;
  let form: string;
  beforeAll(async () => {
    container = await AstroContainer.create();
    form = decodeEntities(await container.renderToString(SubmissionForm, { props: examples.standard }));
  });
  const render = async (field: SubmissionField) => decodeEntities(await container.renderToString(Field, { props: { field, content } }));

  it('shows every field of the table, in its order, with its label and hint', () => {
    const shown = [...form.matchAll(/data-falt="([^"]+)"/g)].map((m) => m[1]);
    expect(shown).toEqual(submissionFields().map((f) => f.path));
    for (const field of submissionFields()) {
      expect(form, field.path).toContain(`>${field.label}`);
      expect(form, field.path).toContain(`>${field.hint}</p>`);
    }
  });

  it('names fields on the error page with the table’s labels', () => {
    for (const field of submissionFields()) expect(FALT_ETIKETT[field.path], field.path).toBe(field.label);
  });

  it('draws a field added to the table with the control, limits and messages of its kind', async () => {
    const tolk: SubmissionField = {
      path: 'uppgifter.tolk' as SubmissionFieldPath,
      kind: 'lines',
      label: 'Tolk',
      hint: 'Ett språk per rad.',
      required: 'ny-insats',
      maxItems: 5,
      maxLength: 40,
      rows: 2,
      messages: { missing: 'Skriv vilka språk.' },
    };
    const html = await render(tolk);
    expect(html).toContain('<div class="falt falt--hel" data-falt="uppgifter.tolk">');
    expect(html).toContain('<label for="uppgifter-tolk">Tolk<span class="falt__krav"> (krävs för en ny insats)</span></label>');
    expect(html).toContain('<p class="falt__hint" id="uppgifter-tolk-hint">Ett språk per rad.</p>');
    expect(html).toMatch(
      /<textarea id="uppgifter-tolk" name="uppgifter\[tolk\]" maxlength="205"[^>]* data-kravs-for="ny-insats"[^>]* data-rad-max="40" data-rader-max="5" data-fel-saknas="Skriv vilka språk\."[^>]* rows="2"/,
    );
  });

  it('draws each kind with its own control, whatever the field', async () => {
    const base = { path: 'uppgifter.ko' as SubmissionFieldPath, label: 'Fråga', hint: 'Tips.' };
    expect(await render({ ...base, kind: 'yes-no' })).toMatch(
      /<ul class="val-lista val-lista--rad">.*id="uppgifter-ko-inget" name="uppgifter\[ko\]" value checked/s,
    );
    expect(await render({ ...base, kind: 'number', min: 2, max: 9 })).toMatch(/type="number" min="2" max="9" step="1" inputmode="numeric"/);
    expect(await render({ ...base, kind: 'select', options: [{ value: 'a', label: 'A' }], empty: 'Välj' })).toContain(
      '<option value="">Välj</option><option value="a">A</option>',
    );
    expect(await render({ ...base, kind: 'select', required: 'andring', options: [], empty: '' })).toMatch(
      /^<div class="forslag-andring">/,
    );
  });
});
