import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  REVIEW_WINDOW_DAYS,
  REVIEWED_CONTENT_TYPES,
  reviewDue,
  reviewedOnOrBefore,
  swedishToday,
} from './review.ts';

const TODAY = '2026-12-05';

describe('the review window', () => {
  it('lists an entry overdue by any number of days, with the days as a negative number', () => {
    expect(reviewDue({ senastGranskad: '2025-12-04', granskningsintervallManader: 12 }, TODAY)).toEqual({
      senastGranskad: '2025-12-04',
      nastaGranskning: '2026-12-04',
      status: 'forfallen',
      dagar: -1,
    });
    expect(reviewDue({ senastGranskad: '2020-01-01', granskningsintervallManader: 12 }, TODAY)?.status).toBe('forfallen');
  });

  it('counts an entry due today as due soon, not overdue', () => {
    expect(reviewDue({ senastGranskad: '2025-12-05', granskningsintervallManader: 12 }, TODAY)).toMatchObject({
      status: 'snart',
      dagar: 0,
      nastaGranskning: TODAY,
    });
  });

  it('lists an entry due on the 30th day, and not one due on the 31st', () => {
    expect(addDays(TODAY, REVIEW_WINDOW_DAYS)).toBe('2027-01-04');
    expect(reviewDue({ senastGranskad: '2026-01-04', granskningsintervallManader: 12 }, TODAY)).toMatchObject({
      status: 'snart',
      dagar: 30,
      nastaGranskning: '2027-01-04',
    });
    expect(reviewDue({ senastGranskad: '2026-01-05', granskningsintervallManader: 12 }, TODAY)).toBeNull();
  });

  it('uses each entry’s own interval, and 12 months when it has none', () => {
    expect(reviewDue({ senastGranskad: '2026-06-10', granskningsintervallManader: 6 }, TODAY)).toMatchObject({
      nastaGranskning: '2026-12-10',
      status: 'snart',
      dagar: 5,
    });
    expect(reviewDue({ senastGranskad: '2026-06-10', granskningsintervallManader: 24 }, TODAY)).toBeNull();
    expect(reviewDue({ senastGranskad: '2025-12-01' }, TODAY)).toMatchObject({ nastaGranskning: '2026-12-01', status: 'forfallen' });
    expect(reviewDue({ senastGranskad: '2025-12-01', granskningsintervallManader: null }, TODAY)?.nastaGranskning).toBe('2026-12-01');
  });

  it('lists an entry never marked reviewed as overdue at once', () => {
    for (const senastGranskad of [null, undefined, '']) {
      expect(reviewDue({ senastGranskad }, TODAY)).toEqual({
        senastGranskad: null,
        nastaGranskning: null,
        status: 'forfallen',
        dagar: null,
      });
    }
  });

  it('takes a month-end review date to the last day of a shorter month', () => {
    expect(reviewDue({ senastGranskad: '2026-11-30', granskningsintervallManader: 1 }, '2026-12-01')).toMatchObject({
      nastaGranskning: '2026-12-30',
      dagar: 29,
    });
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
  });

  it('can be narrowed by a database filter that never leaves out an entry the list needs', () => {
    const cutoff = reviewedOnOrBefore(TODAY);
    expect(cutoff).toBe('2026-12-07');
    // The shortest interval from the worst start day: still listed only on or before the cutoff.
    for (let day = 0; day < 400; day++) {
      const reviewed = addDays('2025-11-01', day);
      const due = reviewDue({ senastGranskad: reviewed, granskningsintervallManader: 1 }, TODAY);
      if (due) expect(reviewed <= cutoff, reviewed).toBe(true);
    }
  });

  it('counts days across months and years', () => {
    expect(daysBetween('2026-12-05', '2027-01-04')).toBe(30);
    expect(daysBetween('2026-12-05', '2026-12-04')).toBe(-1);
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });

  it('takes "today" from the Swedish calendar, not UTC', () => {
    // 23:30 UTC on 5 December is already 6 December in Stockholm (UTC+1 in winter).
    expect(swedishToday(new Date('2026-12-05T23:30:00Z'))).toBe('2026-12-06');
    // 22:30 UTC on 30 June is 00:30 on 1 July in summer time (UTC+2).
    expect(swedishToday(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(swedishToday(new Date('2026-06-30T21:30:00Z'))).toBe('2026-06-30');
  });

  it('covers every content type with a review date and an interval, and no vocabulary', () => {
    expect(REVIEWED_CONTENT_TYPES.map((t) => t.uid)).toEqual([
      'api::aktor.aktor',
      'api::insats.insats',
      'api::kedja.kedja',
      'api::berattelse.berattelse',
      'api::fraga.fraga',
      'api::begrepp.begrepp',
      'api::startsida.startsida',
      'api::tillganglighetsredogorelse.tillganglighetsredogorelse',
      'api::hitta-ratt.hitta-ratt',
    ]);
  });
});
