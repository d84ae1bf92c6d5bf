/**
 * sessionStorage as the form uses it: JSON values, and never an error, since storage that is
 * full or turned off only means a reload loses the text.
 */

/** The draft (everything but the submission key) and the attempt in progress. */
export const DRAFT_KEY = 'vg-lamna-forslag-utkast';
export const ATTEMPT_KEY = 'vg-lamna-forslag-forsok';

export const storage = {
  read<T>(key: string): T | undefined {
    try {
      return JSON.parse(sessionStorage.getItem(key) ?? 'null') ?? undefined;
    } catch {
      return undefined;
    }
  },
  write(key: string, value: unknown): void {
    try {
      sessionStorage.setItem(key, JSON.stringify(value));
    } catch {
      // Storage full or turned off: the form still works, only a reload would lose the text.
    }
  },
  remove(key: string): void {
    try {
      sessionStorage.removeItem(key);
    } catch {
      // As above.
    }
  },
};
