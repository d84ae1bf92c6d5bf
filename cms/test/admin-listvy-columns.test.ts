import { describe, expect, it } from 'vitest';
import { languagesOf, shortDate } from '../src/admin/listvy/columns.ts';

describe('the list view’s compact columns', () => {
  it('names an entry’s languages in Swedish, its own first, each once', () => {
    expect(languagesOf({ locale: 'sv', localizations: [] })).toBe('svenska');
    expect(languagesOf({ locale: 'sv', localizations: [{ locale: 'en' }, { locale: 'ar' }, { locale: 'sv' }] })).toBe(
      'svenska, engelska, arabiska',
    );
    expect(languagesOf({ locale: 'uk', localizations: null })).toBe('ukrainska');
    expect(languagesOf({})).toBe('');
  });

  it('writes a date without the weekday, on the day it was given whatever the time zone', () => {
    expect(shortDate('2025-03-12')).toBe('12 mars 2025');
    expect(shortDate('2026-01-01')).toBe('1 jan 2026');
    expect(shortDate(null)).toBe('');
    expect(shortDate('12/03/2025')).toBe('');
  });
});
