import { POPULATE, type PopulateSpec, REST_ENDPOINTS } from '@vg/shared-schema';
import { encodeQuery } from './rest-query.ts';
import type { GetJson } from './strapi-client.ts';

/** The CMS's maxLimit (cms/config/api.ts): the largest page the REST API serves. */
export const PAGE_SIZE = 100;

interface Page {
  data: Record<string, unknown>[] | Record<string, unknown> | null;
  meta?: { pagination?: { pageCount: number } };
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
    ...(page === undefined ? {} : { pagination: { page, pageSize: PAGE_SIZE, withCount: true } }),
  });

/**
 * Fetches every published entry of the given content types: page 1 of each
 * type first (to learn the page counts), then the remaining pages, a few
 * requests in flight at a time.
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
        return { uid, endpoint, data: body.data ? [body.data as Record<string, unknown>] : [], pageCount: 1 };
      }
      const body = await getJson<Page>(`/api/${endpoint}?${queryFor(uid, 1)}`);
      return { uid, endpoint, data: (body.data as Record<string, unknown>[]) ?? [], pageCount: body.meta?.pagination?.pageCount ?? 1 };
    }),
    concurrency,
  );
  const rest: (() => Promise<{ uid: string; data: Record<string, unknown>[] }>)[] = [];
  for (const first of firstPages) {
    result.set(first.uid, [...first.data]);
    for (let page = 2; page <= first.pageCount; page++) {
      rest.push(async () => ({
        uid: first.uid,
        data: ((await getJson<Page>(`/api/${first.endpoint}?${queryFor(first.uid, page)}`)).data as Record<string, unknown>[]) ?? [],
      }));
    }
  }
  for (const { uid, data } of await pool(rest, concurrency)) result.get(uid)?.push(...data);
  return result;
}
