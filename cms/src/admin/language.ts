/** Where the admin panel keeps the interface language it starts in (see @strapi/admin's reducer). */
export const ADMIN_LANGUAGE_KEY = 'strapi-admin-language';

/**
 * The admin starts in Swedish unless someone already chose a language: a choice
 * in the profile ("Gränssnittsspråk") is stored under the same key and wins.
 */
export function preferSwedish(storage: Pick<Storage, 'getItem' | 'setItem'>): void {
  if (!storage.getItem(ADMIN_LANGUAGE_KEY)) storage.setItem(ADMIN_LANGUAGE_KEY, 'sv');
}
