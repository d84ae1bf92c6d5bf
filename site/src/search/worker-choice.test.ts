import { describe, expect, it } from 'vitest';
import { indexedPages, usesWorker, WORKER_ABOVE_PAGES } from './worker-choice.ts';

describe('worker choice', () => {
  it('reads the number of pages from pagefind-entry.json, over all languages', () => {
    expect(indexedPages({ version: '1.6.0', languages: { sv: { hash: 'sv_1', wasm: 'sv', page_count: 1900 } } })).toBe(1900);
    expect(indexedPages({ languages: { sv: { page_count: 10 }, en: { page_count: 5 } } })).toBe(15);
  });

  it("gives null for anything else, so /sok keeps Pagefind's default (the worker)", () => {
    for (const bad of [null, 'x', {}, { languages: null }, { languages: { sv: { page_count: '9' } } }])
      expect(indexedPages(bad)).toBeNull();
  });

  it("runs the search in the page for the real service's size and in the worker at national size", () => {
    expect(usesWorker(1_900)).toBe(false);
    expect(usesWorker(WORKER_ABOVE_PAGES)).toBe(false);
    expect(usesWorker(WORKER_ABOVE_PAGES + 1)).toBe(true);
    expect(usesWorker(11_363)).toBe(true);
  });
});
