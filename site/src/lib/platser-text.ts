import type { Platser } from '@vg/shared-schema';

// The date a provider sees on their wall calendar, not UTC's: an update at 00:30 on 4 December is "4 december".
const dayFormat = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', timeZone: 'Europe/Stockholm' });

/** "2026-12-03T09:00:00.000Z" → "3 december". The figures are at most a month old when shown, so no year. */
export function uppdateradDag(iso: string): string {
  return dayFormat.format(new Date(iso));
}

/**
 * Places in words for the insats page: free places with the day they were updated, capacity and
 * queue. When the pull published the figures as unknown (too old or never dated, see
 * shared-schema's lediga-platser.ts) the page says so and where to ask, instead of nothing.
 */
export function platserText(platser: Platser | null | undefined): string | undefined {
  if (!platser) return undefined;
  const parts: string[] = [];
  const known = platser.lediga != null || platser.ko;
  if (platser.lediga != null) parts.push(platser.lediga > 0 ? `${platser.lediga} lediga platser just nu` : 'Inga lediga platser just nu');
  if (platser.antal != null) parts.push(`${platser.antal} platser totalt`);
  if (platser.ko) parts.push('Det finns kö');
  if (known && platser.uppdaterad) parts.push(`Uppdaterad ${uppdateradDag(platser.uppdaterad)}`);
  if (!known && platser.uppdaterad) parts.push('Vi vet inte hur många platser som är lediga just nu. Fråga insatsen');
  return parts.length ? `${parts.join('. ')}.` : undefined;
}
