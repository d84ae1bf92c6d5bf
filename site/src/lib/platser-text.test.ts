import { describe, expect, it } from 'vitest';
import { platserText, uppdateradDag } from './platser-text.ts';

describe('platserText', () => {
  it('says the day the free places were updated, on the Swedish calendar', () => {
    expect(platserText({ antal: 12, lediga: 3, ko: false, uppdaterad: '2026-12-03T09:00:00.000Z' })).toBe(
      '3 lediga platser just nu. 12 platser totalt. Uppdaterad 3 december.',
    );
    // 23:30 UTC on 3 December is 4 December in Sweden.
    expect(uppdateradDag('2026-12-03T23:30:00.000Z')).toBe('4 december');
    expect(platserText({ lediga: 0, ko: true, uppdaterad: '2026-11-20T10:00:00.000Z' })).toBe(
      'Inga lediga platser just nu. Det finns kö. Uppdaterad 20 november.',
    );
  });

  it('says the figures are unknown when the pull left them out as too old, never that places are free', () => {
    const text = platserText({ antal: 12, lediga: null, ko: false, uppdaterad: '2026-09-01T09:00:00.000Z' });
    expect(text).toBe('12 platser totalt. Vi vet inte hur många platser som är lediga just nu. Fråga insatsen.');
    expect(text).not.toMatch(/lediga platser just nu\.|Uppdaterad/);
  });

  it('keeps undated figures from before dates were kept as they were, and says nothing for no figures', () => {
    expect(platserText({ antal: 10, lediga: 2, ko: false })).toBe('2 lediga platser just nu. 10 platser totalt.');
    expect(platserText({ ko: false })).toBeUndefined();
    expect(platserText(null)).toBeUndefined();
  });
});
