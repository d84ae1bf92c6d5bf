import { INTAKE_ERROR_CODES } from '@vg/shared-schema/intake/protocol';
import { describe, expect, it } from 'vitest';
import { FEL_TEXT, felText } from './messages.ts';

/** The codes the CMS answers with, from the protocol both sides import. */
const KODER = INTAKE_ERROR_CODES;

describe('messages per error code', () => {
  it('has its own explanation for every code the CMS sends', () => {
    expect(Object.keys(FEL_TEXT).sort()).toEqual([...KODER].sort());
    expect(new Set(KODER.map((k) => felText(k))).size).toBe(KODER.length);
  });

  it('names the key problem and what to do', () => {
    expect(felText('fel-nyckel')).toMatch(/^Inlämningsnyckeln stämmer inte\. Kontrollera/);
    expect(felText('aterkallad-nyckel')).toMatch(/^Inlämningsnyckeln gäller inte längre\. .*be redaktionen om en\.$/);
  });

  it('says how long to wait after too many proposals', () => {
    expect(felText('for-manga', 42)).toBe('Det har skickats många förslag på kort tid. Vänta 42 sekunder och skicka sedan igen.');
    expect(felText('for-manga', 1)).toContain('Vänta 1 sekund och');
    expect(felText('for-manga', 90)).toContain('Vänta 2 minuter och');
    expect(felText('for-manga')).toContain('Vänta en minut och');
    expect(felText('for-manga', 60)).toContain('Vänta 1 minut och');
  });

  it('has a general text for a missing or unknown code, never the code itself', () => {
    expect(felText(null)).toMatch(/^Förslaget kunde inte tas emot\./);
    expect(felText('constructor')).toBe(felText(null));
    expect(felText('<script>')).not.toContain('<script>');
  });
});
