import { describe, expect, it } from 'vitest';
import { felmeddelande, textFel } from './validate.ts';

describe('textFel', () => {
  it('accepts plain text, also with a lone "<"', () => {
    expect(textFel('Mindre än < 10 timmar', { etikett: 'Kostnad', maxTecken: 200 })).toBe('');
    expect(textFel('   ', { etikett: 'Kostnad', maxTecken: 1 })).toBe('');
  });

  it('refuses HTML, as the CMS does, and says how to fix it', () => {
    expect(textFel('Hej <script>alert(1)</script>', { etikett: 'Beskrivning' })).toBe(
      'Beskrivning innehåller HTML-kod, till exempel <b>. Skriv vanlig text utan tecknen < och > runt ord.',
    );
  });

  it('names the limit and the length instead of cutting the text off', () => {
    expect(textFel('x'.repeat(8001), { etikett: 'Beskrivning', maxTecken: 8000 })).toBe(
      'Beskrivning får vara högst 8\u00a0000 tecken. Nu är det 8\u00a0001. Korta texten.',
    );
    expect(textFel(` ${'x'.repeat(200)} `, { etikett: 'Sammanfattning', maxTecken: 200 })).toBe('');
  });

  it('checks lists line by line: the number of lines and which line is too long', () => {
    const regler = { etikett: 'Vad deltagarna gör', radMax: 300, raderMax: 20 };
    expect(textFel('Trädgård\n\nCafé\n', regler)).toBe('');
    expect(textFel(Array.from({ length: 21 }, (_, i) => `Rad ${i}`).join('\n'), regler)).toBe(
      'Vad deltagarna gör: högst 20 rader. Nu är det 21. Slå ihop eller ta bort några.',
    );
    expect(textFel(`Trädgård\n${'x'.repeat(301)}`, regler)).toBe('Vad deltagarna gör: rad 2 är för lång, högst 300 tecken. Korta raden.');
  });
});

describe('felmeddelande', () => {
  const text = { etikett: 'Postnummer', felSaknas: 'Skriv postnumret.', felFormat: 'Postnumret ska vara fem siffror.', egenText: '' };

  it('prefers our own check, then the missing value, then the wrong form', () => {
    expect(felmeddelande({ valid: false, customError: true, valueMissing: false }, { ...text, egenText: 'Egen kontroll.' })).toBe(
      'Egen kontroll.',
    );
    expect(felmeddelande({ valid: false, customError: false, valueMissing: true }, text)).toBe('Skriv postnumret.');
    expect(felmeddelande({ valid: false, customError: false, valueMissing: false }, text)).toBe('Postnumret ska vara fem siffror.');
  });

  it('falls back to a message that names the field', () => {
    expect(felmeddelande({ valid: false, customError: false, valueMissing: true }, { etikett: 'Ort', egenText: '' })).toBe(
      'Ort saknas. Fyll i fältet.',
    );
  });
});
