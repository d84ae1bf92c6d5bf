import { describe, expect, it } from 'vitest';
import { type ComponentFields, fieldErrors, flattenErrors, labelOf, SUMMARY } from '../src/admin/felsammanfattning/rules.ts';

const layout = [
  { name: 'namn', label: 'Namn' },
  { name: 'kontakt', label: 'Kontakt', attribute: { component: 'shared.kontakt' } },
  { name: 'steg', label: 'Steg', attribute: { component: 'shared.punkt', repeatable: true } },
];
const components: ComponentFields = {
  'shared.kontakt': {
    layout: [
      [
        { name: 'webb', label: 'Webbplats' },
        { name: 'epost', label: 'E-post' },
      ],
    ],
  },
  'shared.punkt': { layout: [[{ name: 'text', label: 'Text' }]] },
};

describe('the list of what to fix after a refused save', () => {
  it('finds every error in the form’s nested errors, strings and translation descriptors alike', () => {
    expect(
      flattenErrors({
        namn: 'Namnet saknas.',
        kontakt: { webb: { id: 'x', defaultMessage: 'Högst {max} tecken.', values: { max: 200 } } },
        steg: { 1: { text: 'Texten saknas.' } },
        tom: undefined,
      }),
    ).toEqual([
      { name: 'namn', message: 'Namnet saknas.' },
      { name: 'kontakt.webb', message: 'Högst 200 tecken.' },
      { name: 'steg.1.text', message: 'Texten saknas.' },
    ]);
    expect(flattenErrors({})).toEqual([]);
    expect(flattenErrors(null)).toEqual([]);
  });

  it('names each field as the editor sees it, counting list items from 1', () => {
    expect(labelOf('namn', layout, components)).toBe('Namn');
    expect(labelOf('kontakt.webb', layout, components)).toBe('Kontakt – Webbplats');
    expect(labelOf('steg.1.text', layout, components)).toBe('Steg 2 – Text');
    expect(labelOf('okant.0', layout, components)).toBe('okant – 1');
    expect(fieldErrors({ kontakt: { epost: 'Fel.' } }, layout, components)).toEqual([
      { name: 'kontakt.epost', label: 'Kontakt – E-post', message: 'Fel.' },
    ]);
  });

  it('says how many fields there are to fix', () => {
    expect(SUMMARY.intro(1)).toBe('Ett fält behöver rättas innan posten kan sparas eller publiceras:');
    expect(SUMMARY.intro(3)).toContain('3 fält');
  });
});
