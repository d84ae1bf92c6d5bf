import type { MatchOutcome, MatchResult } from '@vg/shared-schema/guide';
import { describe, expect, it } from 'vitest';
import { countText, placeText, platserText, resultsAsText, widenedText, withCards } from './view-model.ts';

const result = (id: number, insats: Partial<MatchResult['insats']> = {}): MatchResult => ({
  id,
  score: 10,
  reasons: ['Finns i Kinda'],
  insats: { digital: false, kommuner: ['Kinda'], ko: false, ...insats },
});

const drivbank = {
  s: 'drivbank',
  n: 'Drivbänk',
  m: 'Odla och arbetsträna i växthus.',
  o: 'Linköpings kommun',
  c: { r: 'Handledare', t: '013-20 20 20', e: 'drivbank@example.se' },
};

describe('the result page’s words', () => {
  it('says where, how many places, and how far the search widened', () => {
    expect(placeText(result(1))).toBe('Kinda');
    expect(placeText(result(1, { kommuner: ['Kinda', 'Linköping', 'Åtvidaberg'] }))).toBe('Kinda, Linköping och Åtvidaberg');
    expect(placeText(result(1, { kommuner: [], digital: true }))).toBe('Digitalt – var du än bor');
    expect(platserText(result(1, { lediga: 3 }))).toBe('3 lediga platser just nu');
    expect(platserText(result(1, { lediga: 0, ko: true }))).toBe('Kö just nu');
    expect(platserText(result(1))).toBeNull();
    expect(widenedText(null, 'Kinda', 'SCÖ')).toBeNull();
    expect(widenedText('forbund', 'Kinda', 'SCÖ')).toBe('Vi hittade inget i Kinda som passar dina svar, så här är stöd i hela SCÖ.');
    expect(widenedText('digital', 'Kinda', null)).toContain('digitalt var du än bor');
    expect(countText(12, 12)).toBe('Vi hittade 12 förslag.');
    expect(countText(30, 20)).toBe('Vi hittade 30 förslag. Här är de 20 som passar bäst.');
    expect(countText(0, 0)).toBe('Vi hittade inga förslag som passar dina svar.');
  });

  it('copies as a plain-text list with contact details and full addresses', () => {
    const outcome: MatchOutcome = {
      results: [result(4, { lediga: 2 })],
      total: 1,
      widened: 'forbund',
      contact: {
        forbund: 'Samordningsförbundet Centrala Östergötland',
        kortnamn: 'SCÖ',
        roll: 'Förbundets kansli',
        telefon: '013-123 45 10',
      },
      kommun: { kod: '0513', namn: 'Kinda' },
    };
    const shown = withCards(outcome.results, new Map([[4, drivbank]]));
    expect(resultsAsText(outcome, shown, 'https://valfardsguiden.example.se', 'Stöd på vägen')).toBe(
      [
        'Stöd på vägen',
        '',
        'Vi hittade inget i Kinda som passar dina svar, så här är stöd i hela SCÖ.',
        '',
        '1. Drivbänk',
        '   Odla och arbetsträna i växthus.',
        '   Var: Kinda',
        '   Platser: 2 lediga platser just nu',
        '   Drivs av: Linköpings kommun',
        '   Kontakt: Handledare, telefon 013-20 20 20, e-post drivbank@example.se',
        '   Mer information: https://valfardsguiden.example.se/vagval/drivbank',
        '',
        'Frågor? Kontakta Samordningsförbundet Centrala Östergötland (SCÖ): Förbundets kansli, telefon 013-123 45 10.',
        '',
      ].join('\n'),
    );
  });

  it('leaves out a result whose card did not load rather than showing an empty card', () => {
    expect(withCards([result(1), result(2)], new Map([[2, drivbank]])).map((s) => s.result.id)).toEqual([2]);
  });
});
