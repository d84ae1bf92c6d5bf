import { adminApi } from '@strapi/strapi/admin';
import type { GlossaryTerm, JargonEntry } from '@vg/shared-schema/klarsprak';
import { BEGREPP, glossaryListUrl, JARGONGORD, jargonListUrl, parseGlossaryPage, parseJargonPage } from './rules';

type BaseQuery = (arg: {
  url: string;
  method: 'GET';
}) => Promise<{ data?: unknown; error?: unknown }> | { data?: unknown; error?: unknown };

/** Every page of a content-manager list, in order. */
async function allPages<T>(
  baseQuery: BaseQuery,
  urlOf: (page: number) => string,
  parse: (body: unknown) => { entries: T[]; pageCount: number },
) {
  const entries: T[] = [];
  for (let page = 1; ; page++) {
    const answer = await baseQuery({ url: urlOf(page), method: 'GET' });
    if (answer.error) return { error: answer.error };
    const { entries: more, pageCount } = parse(answer.data);
    entries.push(...more);
    if (page >= pageCount || more.length === 0) return { data: entries };
  }
}

/**
 * The redaktion's jargon list and the glossary, read through the content manager's own admin API
 * (the jargon type has no REST routes). Cached under the content manager's tag for each type's
 * lists, so an edit of either in the content manager reaches the writing help without a reload.
 */
const klarsprakApi = adminApi.enhanceEndpoints({ addTagTypes: ['Document'] }).injectEndpoints({
  endpoints: (build) => ({
    vgJargongord: build.query<JargonEntry[], void>({
      queryFn: (_arg, _api, _extra, baseQuery) =>
        allPages(baseQuery as BaseQuery, jargonListUrl, parseJargonPage) as Promise<{ data: JargonEntry[] }>,
      providesTags: [{ type: 'Document', id: `${JARGONGORD}_LIST` }],
    }),
    vgBegrepp: build.query<GlossaryTerm[], void>({
      queryFn: (_arg, _api, _extra, baseQuery) =>
        allPages(baseQuery as BaseQuery, glossaryListUrl, parseGlossaryPage) as Promise<{ data: GlossaryTerm[] }>,
      providesTags: [{ type: 'Document', id: `${BEGREPP}_LIST` }],
    }),
  }),
});

export const { useVgJargongordQuery: useJargongord, useVgBegreppQuery: useBegrepp } = klarsprakApi;
