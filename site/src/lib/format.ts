/** Small formatting helpers for Swedish UI text and links. */
import type { Timmar } from '@vg/shared-schema';

const dateFormat = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

// Every content page shows a review date and there are a few hundred distinct ones, so each is formatted once.
const formattedDates = new Map<string, string>();

/** "2026-09-10" → "10 september 2026". */
export function formatDate(isoDate: string): string {
  let text = formattedDates.get(isoDate);
  if (text === undefined) {
    text = dateFormat.format(new Date(`${isoDate}T00:00:00Z`));
    formattedDates.set(isoDate, text);
  }
  return text;
}

/** A phone number as a tel: link target: "013-123 45 20" → "tel:+46131234520". */
export function telHref(phone: string): string {
  const digits = phone.replace(/[^0-9+]/g, '');
  return `tel:${digits.startsWith('+') ? digits : `+46${digits.replace(/^0/, '')}`}`;
}

/** Hours a week in words: "4–20 timmar i veckan" or "Minst 10 timmar i veckan". */
export function timmarText(t: Timmar): string {
  if (t.max == null) return `Minst ${t.min} ${t.min === 1 ? 'timme' : 'timmar'} i veckan`;
  if (t.max === t.min) return `${t.min} ${t.min === 1 ? 'timme' : 'timmar'} i veckan`;
  return `Du börjar med ${t.min} och kan bygga upp till ${t.max} timmar i veckan`;
}

/** Trims a text to at most `max` characters at a word boundary, for meta descriptions. */
export function truncate(text: string, max = 160): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Plain text from our own safe HTML (for descriptions and structured data). */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "1 insats" / "3 insatser". */
export function antal(n: number, singular: string, plural: string): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
