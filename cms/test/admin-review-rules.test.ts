/** The wording of "Att granska" (cms/src/admin/granskning/rules.ts) and its agreement with the CMS's routes. */
import { describe, expect, it } from 'vitest';
import { dueText, MARK_REVIEWED_URL, markedText, markLabel, moreText, REVIEW_LIST_URL, WIDGET } from '../src/admin/granskning/rules.ts';
import { MARK_REVIEWED_PATH, MarkReviewedSchema, REVIEW_LIST_PATH } from '../src/review/routes.ts';

describe('the review widget’s words', () => {
  it('says when an entry is due, in days, with the right number', () => {
    expect(dueText({ nastaGranskning: '2026-11-04', dagar: -31 })).toBe('Skulle ha granskats senast 2026-11-04 (för 31 dagar sedan).');
    expect(dueText({ nastaGranskning: '2026-12-04', dagar: -1 })).toBe('Skulle ha granskats senast 2026-12-04 (för 1 dag sedan).');
    expect(dueText({ nastaGranskning: '2026-12-05', dagar: 0 })).toBe('Ska granskas i dag (2026-12-05).');
    expect(dueText({ nastaGranskning: '2026-12-06', dagar: 1 })).toBe('Ska granskas senast 2026-12-06 (om 1 dag).');
    expect(dueText({ nastaGranskning: '2027-01-04', dagar: 30 })).toBe('Ska granskas senast 2027-01-04 (om 30 dagar).');
    expect(dueText({ nastaGranskning: null, dagar: null })).toBe('Har aldrig markerats som granskad.');
  });

  it('names the entry on its button and in the answer, and says the site shows the date once published', () => {
    expect(markLabel({ titel: 'Jonsbo', typnamn: 'Insats' })).toBe('Markera som granskad: Jonsbo (Insats)');
    const said = markedText({ documentId: 'x', titel: 'Jonsbo', senastGranskad: '2026-12-05' });
    expect(said).toContain('"Jonsbo" är markerad som granskad 2026-12-05.');
    expect(said).toContain('publicera');
  });

  it('says how many more there are when the list is cut short, and nothing otherwise', () => {
    expect(moreText({ antal: 3, poster: [{}, {}, {}] as never })).toBeNull();
    expect(moreText({ antal: 52, poster: new Array(50).fill({}) })).toBe(
      'Och 2 till. Listan över insatser sorterar äldst granskade först.',
    );
    expect(WIDGET.empty(30)).toBe('Inget behöver granskas de närmaste 30 dagarna.');
  });

  it('asks the CMS the routes it serves, with the body it accepts', () => {
    expect(REVIEW_LIST_URL).toBe(REVIEW_LIST_PATH);
    expect(MARK_REVIEWED_URL).toBe(MARK_REVIEWED_PATH);
    expect(MarkReviewedSchema.safeParse({ contentType: 'api::insats.insats', documentId: 'v3f9chyjl54bv5re4widnn3x' }).success).toBe(true);
  });
});
