/** A column of the content manager's list, as the list-view hook passes it (only what is read here). */
export interface ListHeader {
  name: string;
  attribute?: { type?: string };
  cellFormatter?: (row: ListRow, header: ListHeader, meta: unknown) => unknown;
  [key: string]: unknown;
}
export interface ListRow {
  locale?: string | null;
  localizations?: { locale?: string | null }[] | null;
  [field: string]: unknown;
}

/** The i18n plugin's column ("Språk"). */
export const LOCALES_COLUMN = 'locales';

const LANGUAGE_NAMES = new Intl.DisplayNames(['sv'], { type: 'language' });

/** The languages an entry exists in, by their Swedish names ("svenska, engelska"), the entry's own first. */
export function languagesOf(row: ListRow): string {
  const codes = [row.locale, ...(row.localizations ?? []).map((l) => l.locale)].filter((c): c is string => Boolean(c));
  return [...new Set(codes)].map((c) => LANGUAGE_NAMES.of(c) ?? c).join(', ');
}

const SHORT_DATE = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** A date field's value as "12 mars 2025" (Strapi's list writes "onsdag 12 mars 2025"); '' when empty or not a date. */
export function shortDate(value: unknown): string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return '';
  return SHORT_DATE.format(new Date(`${value}T00:00:00Z`)).replace('.', '');
}
