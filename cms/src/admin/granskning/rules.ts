/**
 * The "Att granska" widget on the admin's start page: what it asks the CMS and what it says.
 * Plain functions (no React), so the wording is tested without a browser.
 */

/** The CMS's review routes (cms/src/review/routes.ts). */
export const REVIEW_LIST_URL = '/granskning/att-granska';
export const MARK_REVIEWED_URL = '/granskning/markera-granskad';

/** One entry due for review, as the CMS lists it. */
export interface ReviewItem {
  contentType: string;
  typnamn: string;
  documentId: string;
  titel: string;
  adminPath: string;
  senastGranskad: string | null;
  nastaGranskning: string | null;
  status: 'forfallen' | 'snart';
  dagar: number | null;
}
export interface ReviewList {
  idag: string;
  fonsterDagar: number;
  antal: number;
  poster: ReviewItem[];
}
export interface MarkedReviewed {
  documentId: string;
  titel: string;
  senastGranskad: string;
}

export const WIDGET = {
  id: 'att-granska',
  title: 'Att granska',
  intro: (days: number) => `Texter vars granskning har passerat eller infaller inom ${days} dagar. Äldst först.`,
  loading: 'Hämtar texterna som ska granskas …',
  empty: (days: number) => `Inget behöver granskas de närmaste ${days} dagarna.`,
  noAccess: 'Listan är till för redaktionen, skribenter och förbundsredaktörer.',
  mark: 'Markera som granskad',
  marking: 'Markerar …',
  open: 'Öppna',
} as const;

const days = (n: number) => (n === 1 ? '1 dag' : `${n} dagar`);

/** When the entry is due, in words: "Skulle ha granskats 2026-11-04 (för 31 dagar sedan)". */
export function dueText(item: Pick<ReviewItem, 'nastaGranskning' | 'dagar'>): string {
  if (item.nastaGranskning === null || item.dagar === null) return 'Har aldrig markerats som granskad.';
  if (item.dagar < 0) return `Skulle ha granskats senast ${item.nastaGranskning} (för ${days(-item.dagar)} sedan).`;
  if (item.dagar === 0) return `Ska granskas i dag (${item.nastaGranskning}).`;
  return `Ska granskas senast ${item.nastaGranskning} (om ${days(item.dagar)}).`;
}

/** The accessible name of an entry's "mark reviewed" button: says which entry. */
export const markLabel = (item: Pick<ReviewItem, 'titel' | 'typnamn'>) => `${WIDGET.mark}: ${item.titel} (${item.typnamn})`;

/** What the editor is told after marking: the date, and that the site shows it once published. */
export const markedText = (done: MarkedReviewed) =>
  `"${done.titel}" är markerad som granskad ${done.senastGranskad}. Utkastet har det nya datumet; publicera posten när det ska synas på webbplatsen.`;

/** Below a list cut short: how many more, and where to find them. */
export const moreText = (list: Pick<ReviewList, 'antal' | 'poster'>) =>
  list.antal > list.poster.length
    ? `Och ${list.antal - list.poster.length} till. Listan över insatser sorterar äldst granskade först.`
    : null;
