import { setTimeout as sleep } from 'node:timers/promises';
import { PullError } from './strapi-client.ts';

/** A collection changed while it was read page by page: some entry may be missing or there twice. */
export class PagesChangedError extends PullError {
  override name = 'PagesChangedError';
}

/** What one collection's pages said and held. */
export interface CollectionRead {
  /** The REST endpoint, e.g. "insatser": the name the redaktion and the logs know. */
  endpoint: string;
  /** meta.pagination.total of each page, in page order (page 1 first). */
  totals: (number | undefined)[];
  entries: Record<string, unknown>[];
}

/**
 * Checks that a paged read is complete: every page reported the same total as page 1, the
 * entries read are exactly that many, and no entry came twice. An edit between two page
 * requests (publish, unpublish, delete) shifts the offsets, so one entry is skipped or read
 * twice; the totals and the duplicates show it.
 */
export function checkComplete({ endpoint, totals, entries }: CollectionRead): void {
  const reported = totals[0];
  if (reported === undefined) {
    throw new PullError(
      `CMS:et angav inte hur många poster "${endpoint}" har (meta.pagination.total saknas) — slå på rest.withCount i cms/config/api.ts.`,
    );
  }
  const changedOn = totals.findIndex((t) => t !== reported);
  if (changedOn > 0) {
    throw new PagesChangedError(
      `Samlingen "${endpoint}": sidan 1 angav ${reported} poster men sidan ${changedOn + 1} angav ${totals[changedOn] ?? 'inget antal'} — innehållet ändrades under hämtningen.`,
    );
  }
  if (entries.length !== reported) {
    throw new PagesChangedError(
      `Samlingen "${endpoint}": CMS:et angav ${reported} poster men hämtningen gav ${entries.length} — innehållet ändrades under hämtningen.`,
    );
  }
  const seen = new Set<unknown>();
  for (const entry of entries) {
    if (seen.has(entry.documentId)) {
      throw new PagesChangedError(
        `Samlingen "${endpoint}": posten ${String(entry.documentId)} kom två gånger bland ${reported} poster, så en annan saknas — innehållet ändrades under hämtningen.`,
      );
    }
    seen.add(entry.documentId);
  }
}

/**
 * Runs a read, and once more when the content changed during it (an editor publishing
 * mid-pull); a second change in a row fails with the collection and the counts.
 */
export async function readConsistently<T>(read: () => Promise<T>, pauseMs = 500): Promise<T> {
  try {
    return await read();
  } catch (err) {
    if (!(err instanceof PagesChangedError)) throw err;
    await sleep(pauseMs);
  }
  try {
    return await read();
  } catch (err) {
    if (!(err instanceof PagesChangedError)) throw err;
    throw new PagesChangedError(
      `${err.message} Hämtningen gjordes om en gång med samma resultat — kör den igen när ingen publicerar eller avpublicerar.`,
    );
  }
}
