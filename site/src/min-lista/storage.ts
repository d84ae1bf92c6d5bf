/**
 * Min lista: the insatser a visitor saved, kept in this browser's localStorage only, and only
 * once they press "Spara i min lista" (nothing is written before). What is kept is each
 * insats's slug and the day it was saved, nothing else. A stored value is checked when read: a
 * corrupt or foreign one counts as an empty list and never breaks the page. Framework-free and
 * small, for the insats pages' toggle, the guide's cards and the /min-lista page.
 */

export const LIST_KEY = 'valfardsguiden:min-lista';
/** More than anyone keeps; a longer list is not ours. */
export const MAX_ITEMS = 200;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export interface SavedItem {
  /** The insats's slug (its address under /vagval/). */
  readonly s: string;
  /** The day it was saved, YYYY-MM-DD. */
  readonly d: string;
}

type Reader = Pick<Storage, 'getItem'>;
type Writer = Pick<Storage, 'setItem' | 'removeItem'>;

/** The saved items in a parsed value, or [] when it is not a list of ours. Unreadable items are dropped, duplicates kept once. */
export function parseList(value: unknown): SavedItem[] {
  const items = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as { v?: unknown; i?: unknown }) : null;
  if (items?.v !== 1 || !Array.isArray(items.i)) return [];
  const list: SavedItem[] = [];
  for (const item of items.i.slice(0, MAX_ITEMS)) {
    if (typeof item !== 'object' || item === null) continue;
    const { s, d } = item as { s?: unknown; d?: unknown };
    if (typeof s !== 'string' || s.length > 200 || !SLUG.test(s) || list.some((x) => x.s === s)) continue;
    list.push({ s, d: typeof d === 'string' && DAY.test(d) ? d : '' });
  }
  return list;
}

/** The list as stored, in the format parseList reads. */
export const serialiseList = (list: readonly SavedItem[]): string => JSON.stringify({ v: 1, i: list });

/** The saved list, or [] when there is none, storage is off or the value is not ours. */
export function readList(storage: Reader | undefined): SavedItem[] {
  try {
    const raw = storage?.getItem(LIST_KEY);
    return raw ? parseList(JSON.parse(raw)) : [];
  } catch {
    return [];
  }
}

/** Keeps the list; an empty list removes the key. False when the browser would not store it. */
export function writeList(storage: Writer | undefined, list: readonly SavedItem[]): boolean {
  try {
    if (!storage) return false;
    if (list.length === 0) storage.removeItem(LIST_KEY);
    else storage.setItem(LIST_KEY, serialiseList(list));
    return true;
  } catch {
    return false;
  }
}

/** Today as YYYY-MM-DD in the visitor's own time zone. */
export const today = (now = new Date()): string =>
  `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

export const isSaved = (list: readonly SavedItem[], slug: string): boolean => list.some((x) => x.s === slug);

/** The list with the insats added last (unchanged when it is there already or the list is full). */
export const withItem = (list: readonly SavedItem[], slug: string, day: string): SavedItem[] =>
  isSaved(list, slug) || list.length >= MAX_ITEMS || !SLUG.test(slug) ? [...list] : [...list, { s: slug, d: day }];

export const withoutItem = (list: readonly SavedItem[], slug: string): SavedItem[] => list.filter((x) => x.s !== slug);

/** localStorage, or undefined where the browser refuses it (some private modes throw on access). */
export function deviceStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * Saves or removes one insats in the visitor's list on this device; returns whether it is saved
 * afterwards, or null when the browser would not store it.
 */
export function toggleSaved(storage: Storage | undefined, slug: string, now = new Date()): boolean | null {
  const list = readList(storage);
  const saved = isSaved(list, slug);
  const next = saved ? withoutItem(list, slug) : withItem(list, slug, today(now));
  return writeList(storage, next) ? !saved : null;
}
