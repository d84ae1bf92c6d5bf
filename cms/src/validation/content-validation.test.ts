import { describe, expect, it } from 'vitest';
import { problemLine } from './content-validation';

describe('a line of the save summary', () => {
  it('names the field once', () => {
    // The rule inside the hours component already starts with the field's name.
    const message = 'Timmar per vecka: "som mest" (5) är mindre än "minst" (10). Ändra så att minst är mindre än eller lika med som mest.';
    expect(problemLine('Timmar per vecka', message)).toBe(message);
    expect(problemLine('Timmar per vecka', 'Timmar per vecka, minst: ange ett heltal.')).toBe('Timmar per vecka, minst: ange ett heltal.');
    expect(problemLine('Webbadress', 'Adressen ska börja med https://.')).toBe('Webbadress: Adressen ska börja med https://.');
  });
});
