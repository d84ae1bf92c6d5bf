import { describe, expect, it } from 'vitest';
import { countText, excerptParts, pagefindFilters, pagefindQuery, readState, siteUrl, stateQuery } from './query.ts';

const state = (query: string) => readState(new URLSearchParams(query));

describe('search state and URL', () => {
  it('reads q, known content types, kommun and målgrupp; ignores unknown types', () => {
    expect(state('q=+arbetsträning+&typ=insats&typ=hack&kommun=Linköping')).toEqual({
      q: 'arbetsträning',
      typ: ['insats'],
      kommun: 'Linköping',
      malgrupp: '',
    });
  });

  it('writes back only what is set', () => {
    expect(stateQuery(state('q=FK&typ=aktör&typ=begrepp'))).toBe('?q=FK&typ=akt%C3%B6r&typ=begrepp');
    expect(stateQuery(state(''))).toBe('');
  });
});

describe('Pagefind filters', () => {
  it('no filters when nothing is chosen', () => {
    expect(pagefindFilters(state('q=x'))).toEqual({});
  });

  it('types are alternatives; a kommun also shows digital insatser', () => {
    expect(pagefindFilters(state('typ=insats&typ=fråga&kommun=Kinda&malgrupp=Unga'))).toEqual({
      typ: { any: ['insats', 'fråga'] },
      kommun: { any: ['Kinda', 'Digitalt'] },
      malgrupp: 'Unga',
    });
  });
});

describe('what the live region says', () => {
  it('counts in Swedish, names the query and mentions filters', () => {
    expect(countText(1, state('q=jonsbo'))).toBe('1 träff för ”jonsbo”.');
    expect(countText(12, state('q=insats&kommun=Kinda'))).toBe('12 träffar för ”insats” med dina filter.');
    expect(countText(0, state('q=xyzzy'))).toBe('Inga träffar för ”xyzzy”.');
  });
});

describe('results', () => {
  it('links without the trailing slash Pagefind adds', () => {
    expect(siteUrl('/vagval/jonsbo/')).toBe('/vagval/jonsbo');
    expect(siteUrl('/vanliga-fragor/#kan-jag')).toBe('/vanliga-fragor#kan-jag');
    expect(siteUrl('/')).toBe('/');
  });

  it('turns an excerpt into text parts and never keeps other markup', () => {
    expect(excerptParts('Du kan få <mark>insatsen</mark> &amp; mer <b>x</b>')).toEqual([
      { text: 'Du kan få ', mark: false },
      { text: 'insatsen', mark: true },
      { text: ' & mer x', mark: false },
    ]);
    expect(excerptParts('&lt;script&gt;')).toEqual([{ text: '<script>', mark: false }]);
  });
});

describe('pagefindQuery', () => {
  it('takes Swedish endings off so every form finds every form', () => {
    expect(pagefindQuery('insatsen')).toBe('insats');
    expect(pagefindQuery('insatser')).toBe('insats');
    expect(pagefindQuery('Insatserna')).toBe('Insats');
    expect(pagefindQuery('  stöd   kommunen ')).toBe('stöd kommun');
  });

  it('leaves short words, abbreviations and names alone', () => {
    expect(pagefindQuery('FK soc SFI')).toBe('FK soc SFI');
    expect(pagefindQuery('vägen')).toBe('vägen');
    expect(pagefindQuery('Jonsbo Linköping')).toBe('Jonsbo Linköping');
  });
});
