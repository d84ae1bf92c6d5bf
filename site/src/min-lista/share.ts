/**
 * "Dela med en handläggare" on Min lista: the list in a link's fragment (`#lista=…`), made only
 * when the visitor presses the button. A fragment is never sent with a request, so the list
 * reaches no server. Opening the link shows that list; it replaces the visitor's own saved list
 * only if they choose to save it.
 */
import { fromBase64Url, toBase64Url } from '../lib/base64url.ts';
import { parseList, type SavedItem, serialiseList } from './storage.ts';

const KEY = 'lista=';
/** Longer than any real list; a longer fragment is not ours. */
export const MAX_LIST_FRAGMENT_LENGTH = 12_000;

/** The fragment that carries the list, `#lista=…`. */
export const listFragment = (list: readonly SavedItem[]): string => `#${KEY}${toBase64Url(serialiseList(list))}`;

/** The list in a shared link's fragment; null when there is none or it is not readable. */
export function listFromFragment(hash: string): SavedItem[] | null {
  const fragment = hash.replace(/^#/, '');
  if (!fragment.startsWith(KEY) || fragment.length > MAX_LIST_FRAGMENT_LENGTH) return null;
  try {
    const list = parseList(JSON.parse(fromBase64Url(fragment.slice(KEY.length))));
    return list.length > 0 ? list : null;
  } catch {
    return null;
  }
}
