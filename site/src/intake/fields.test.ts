import { describe, expect, it } from 'vitest';
import { faltFor, faltId } from './field-path.ts';
import { FALT_ETIKETT, faltNamn, isFalt } from './fields.ts';

describe('form fields', () => {
  it('names, ids and labels follow the payload path', () => {
    expect(faltNamn('uppgifter.plats.adress')).toBe('uppgifter[plats][adress]');
    expect(faltNamn('nyckel')).toBe('nyckel');
    expect(faltId('uppgifter.plats.adress')).toBe('uppgifter-plats-adress');
    expect(FALT_ETIKETT['avsandare.roll']).toBe('Din roll');
    expect(isFalt('uppgifter.namn')).toBe(true);
    expect(isFalt('toString')).toBe(false);
  });

  it('maps an error path to the field to fix: list lines to their list, sections to their key field', () => {
    expect(faltFor(['uppgifter', 'namn'], isFalt)).toBe('uppgifter.namn');
    expect(faltFor(['uppgifter', 'aktiviteter', 3], isFalt)).toBe('uppgifter.aktiviteter');
    expect(faltFor(['uppgifter', 'kommuner', '0'], isFalt)).toBe('uppgifter.kommuner');
    expect(faltFor(['uppgifter', 'plats'], isFalt)).toBe('uppgifter.plats.adress');
    expect(faltFor(['uppgifter', 'kontakt', 'okand'], isFalt)).toBe('uppgifter.kontakt.roll');
    expect(faltFor(['uppgifter'], isFalt)).toBe('meddelande');
    expect(faltFor(['avsandare'], isFalt)).toBe('avsandare.roll');
    expect(faltFor(['idempotensnyckel'], isFalt)).toBeUndefined();
    expect(faltFor([], isFalt)).toBeUndefined();
  });

  it('asks the page which fields exist, so a field the page lacks is never linked to', () => {
    const page = new Set(['nyckel', 'uppgifter.namn']);
    expect(faltFor(['uppgifter', 'namn'], (f) => page.has(f))).toBe('uppgifter.namn');
    expect(faltFor(['uppgifter'], (f) => page.has(f))).toBeUndefined();
  });
});
