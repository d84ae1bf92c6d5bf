/**
 * Whether /sok runs Pagefind in its web worker or in the page. Read by /sok (sok.ts) and by the
 * estimate of what a first query downloads (scripts/src/site/search-index.ts), so the two agree.
 *
 * The worker is a second copy of Pagefind's code: 12 KB gzip more on a visitor's first query. A
 * search costs about 10–15 ms of CPU per 1 000 matching pages on the project machine (a phone
 * takes several times longer), and a common word matches nearly every page. Up to 3 000 pages a
 * search in the page takes at most ≈ 45 ms there, so the worker is not worth its bytes; at
 * 10 000 pages it would freeze the page for 100–150 ms there and far longer on a phone.
 */
export const WORKER_ABOVE_PAGES = 3000;

export const usesWorker = (indexedPages: number): boolean => indexedPages > WORKER_ABOVE_PAGES;

/** Pages in the index, from pagefind-entry.json (`languages.<code>.page_count`); null when it is not such a file. */
export function indexedPages(entry: unknown): number | null {
  const languages = (entry as { languages?: unknown } | null)?.languages;
  if (typeof languages !== 'object' || languages === null) return null;
  let pages = 0;
  for (const language of Object.values(languages)) {
    const count = (language as { page_count?: unknown } | null)?.page_count;
    if (typeof count !== 'number') return null;
    pages += count;
  }
  return pages;
}
