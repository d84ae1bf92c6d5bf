import { ReviewFields } from './content/common.ts';
import { CONTENT_TYPES, type ContentType } from './content/registry.ts';
import { objectShape } from './content/shape.ts';

/**
 * Review dates ("senast granskad" + the review interval): when an entry is due again, and which
 * entries the editors' "Att granska" list shows — those overdue or due within the window.
 * The pull's stale-content report and the CMS's review list use the same arithmetic.
 */

/** How far ahead the review list looks: entries due within this many days are listed before they are overdue. */
export const REVIEW_WINDOW_DAYS = 30;
/** The review interval when an entry has none (the field's default). */
export const DEFAULT_REVIEW_MONTHS = 12;

/** Adds months to an ISO date, clamping to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

/** Adds (or with a negative number, subtracts) days to an ISO date. */
export function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Whole days from one ISO date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Today's date in Sweden (the editors' calendar), whatever the server's time zone: YYYY-MM-DD. */
export function swedishToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Where an entry stands in the review list. */
export interface ReviewDue {
  /** Senast granskad, or null when the entry has never been marked reviewed. */
  senastGranskad: string | null;
  /** senastGranskad + the interval; null when it has never been reviewed (due at once). */
  nastaGranskning: string | null;
  /** `forfallen`: the review date has passed (or there is none); `snart`: due within the window. */
  status: 'forfallen' | 'snart';
  /** Days until the review date: negative when overdue, 0 on the day itself; null when never reviewed. */
  dagar: number | null;
}

/**
 * The entry's place in the review list, or null when it is not due within `windowDays` of `today`.
 * Due on the last day of the window is listed; due the day after is not. An entry due today is
 * not yet overdue ("snart"); from the next day it is.
 */
export function reviewDue(
  entry: { senastGranskad?: unknown; granskningsintervallManader?: unknown },
  today: string,
  windowDays: number = REVIEW_WINDOW_DAYS,
): ReviewDue | null {
  const reviewed = typeof entry.senastGranskad === 'string' && entry.senastGranskad !== '' ? entry.senastGranskad : null;
  if (reviewed === null) return { senastGranskad: null, nastaGranskning: null, status: 'forfallen', dagar: null };
  const months =
    typeof entry.granskningsintervallManader === 'number' && entry.granskningsintervallManader > 0
      ? entry.granskningsintervallManader
      : DEFAULT_REVIEW_MONTHS;
  const due = addMonths(reviewed, months);
  const dagar = daysBetween(today, due);
  if (dagar > windowDays) return null;
  return { senastGranskad: reviewed, nastaGranskning: due, status: dagar < 0 ? 'forfallen' : 'snart', dagar };
}

/**
 * The latest "senast granskad" that can still be due within the window, whatever the interval:
 * an interval is at least one month, which is at least 28 days. A database filter that leaves out
 * what is certainly not due, before `reviewDue` decides exactly.
 */
export function reviewedOnOrBefore(today: string, windowDays: number = REVIEW_WINDOW_DAYS): string {
  return addDays(today, windowDays - 28);
}

/** The content types with review fields (senast granskad and an interval), in the registry's order. */
export const REVIEWED_CONTENT_TYPES: readonly ContentType[] = CONTENT_TYPES.filter((type) => {
  const shape = objectShape(type.schema);
  return Object.keys(ReviewFields).every((field) => field in shape);
});
