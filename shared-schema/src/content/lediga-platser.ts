/**
 * How fresh a figure for free places must be to be shown. Providers and the redaktion update
 * `platser.lediga` and `platser.ko`; the CMS dates every change (`platser.uppdaterad`). A figure
 * nobody has confirmed for a month is more likely wrong than right, and a visitor who calls
 * about a free place that is gone loses trust, so an old or undated figure is shown as unknown.
 */

/** Default for VG_LEDIGA_PLATSER_MAX_DAGAR: figures older than this many days are unknown. */
export const LEDIGA_PLATSER_MAX_DAGAR = 30;

const DAY_MS = 86_400_000;

interface PlatserFigures {
  lediga?: number | null | undefined;
  ko: boolean;
  uppdaterad?: string | null | undefined;
}

/** True when the figures were updated at most `maxDays` days before `now`. */
export function platserAreCurrent(platser: PlatserFigures, now: Date, maxDays: number): boolean {
  const at = platser.uppdaterad ? Date.parse(platser.uppdaterad) : Number.NaN;
  return Number.isFinite(at) && now.getTime() - at <= maxDays * DAY_MS;
}

/**
 * The figures as visitors may see them on `now`: unchanged when current; otherwise free places
 * unknown (null) and no queue claimed. Capacity, the comment and the date stay, so the page can
 * say when the last figure was given.
 */
export function currentPlatser<P extends PlatserFigures>(platser: P, now: Date, maxDays: number): P {
  if (platserAreCurrent(platser, now, maxDays) || (platser.lediga == null && !platser.ko)) return platser;
  return { ...platser, lediga: null, ko: false };
}
