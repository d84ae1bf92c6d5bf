import { POPULATE, type PopulateSpec, REST_ENDPOINTS } from '@vg/shared-schema';
import { checkComplete } from './consistent-read.ts';
import { encodeQuery } from './rest-query.ts';
import type { GetJson } from './strapi-client.ts';

/** The CMS's maxLimit (cms/config/api.ts): the largest page the REST API serves. */
export const PAGE_SIZE = 100;

/**
 * The order of every paged read. Without one the database may return rows in any order, so
 * page 2 could repeat page 1. documentId stays the same when an entry is saved or published
 * again (the published row's id does not), so an edit mid-pull cannot move an entry to
 * another page; id breaks ties should two locales share a documentId.
 */
export const STABLE_SORT = ['documentId:asc', 'id:asc'];

interface Page {
  data: Record<string, unknown>[] | Record<string, unknown> | null;
  meta?: { pagination?: { pageCount: number; total?: number } };
}

/** Runs tasks with at most `limit` in flight. */
async function pool<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await (tasks[i] as () => Promise<T>)();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

const queryFor = (uid: string, page?: number) =>
  encodeQuery({
    populate: POPULATE[uid as keyof typeof POPULATE] as PopulateSpec,
    ...(page === undefined ? {} : { sort: STABLE_SORT, pagination: { page, pageSize: PAGE_SIZE, withCount: true } }),
  });

/**
 * Fetches every published entry of the given content types: page 1 of each
 * type first (to learn the page counts), then the remaining pages, a few
 * requests in flight at a time. Each collection is then checked against the
 * total its pages reported (checkComplete): PagesChangedError when it changed mid-read.
 */
export async function fetchAll(getJson: GetJson, uids: string[], concurrency = 4): Promise<Map<string, Record<string, unknown>[]>> {
  const result = new Map<string, Record<string, unknown>[]>();
  const firstPages = await pool(
    uids.map((uid) => async () => {
      const { endpoint, kind } = REST_ENDPOINTS[uid as keyof typeof REST_ENDPOINTS];
      if (kind === 'single') {
        const body = await getJson<Page>(`/api/${endpoint}?${queryFor(uid)}`).catch((err: Error) => {
          // A single type nobody has published yet is not an error in itself.
          if (/svarade 404/.test(err.message)) return { data: null } as Page;
          throw err;
        });
        return { uid, endpoint, kind, data: body.data ? [body.data as Record<string, unknown>] : [], pageCount: 1, total: undefined };
      }
      const body = await getJson<Page>(`/api/${endpoint}?${queryFor(uid, 1)}`);
      const { pageCount = 1, total } = body.meta?.pagination ?? {};
      return { uid, endpoint, kind, data: (body.data as Record<string, unknown>[]) ?? [], pageCount, total };
    }),
    concurrency,
  );
  const totals = new Map<string, (number | undefined)[]>();
  const rest: (() => Promise<{ uid: string; data: Record<string, unknown>[]; total: number | undefined }>)[] = [];
  for (const first of firstPages) {
    result.set(first.uid, [...first.data]);
    totals.set(first.uid, [first.total]);
    for (let page = 2; page <= first.pageCount; page++) {
      rest.push(async () => {
        const body = await getJson<Page>(`/api/${first.endpoint}?${queryFor(first.uid, page)}`);
        return { uid: first.uid, data: (body.data as Record<string, unknown>[]) ?? [], total: body.meta?.pagination?.total };
      });
    }
  }
  // pool() keeps the order of the tasks, so each collection's pages are appended in page order.
  for (const { uid, data, total } of await pool(rest, concurrency)) {
    result.get(uid)?.push(...data);
    totals.get(uid)?.push(total);
  }
  for (const first of firstPages) {
    if (first.kind === 'single') continue;
    checkComplete({ endpoint: first.endpoint, totals: totals.get(first.uid) ?? [], entries: result.get(first.uid) ?? [] });
  }
  return result;
}
