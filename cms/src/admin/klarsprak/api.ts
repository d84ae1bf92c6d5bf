import { adminApi } from '@strapi/strapi/admin';
import type { JargonEntry } from '@vg/shared-schema/klarsprak';
import { JARGONGORD, jargonListUrl, parseJargonPage } from './rules';

/**
 * The redaktion's jargon list, read through the content manager's own admin API (the type has no
 * REST routes). Cached under the content manager's tag for the type's lists, so an edit of the
 * list in the content manager reaches the writing help without a reload.
 */
const klarsprakApi = adminApi.enhanceEndpoints({ addTagTypes: ['Document'] }).injectEndpoints({
  endpoints: (build) => ({
    vgJargongord: build.query<JargonEntry[], void>({
      async queryFn(_arg, _api, _extra, baseQuery) {
        const entries: JargonEntry[] = [];
        for (let page = 1; ; page++) {
          const answer = await baseQuery({ url: jargonListUrl(page), method: 'GET' });
          if (answer.error) return { error: answer.error };
          const { entries: more, pageCount } = parseJargonPage(answer.data);
          entries.push(...more);
          if (page >= pageCount || more.length === 0) return { data: entries };
        }
      },
      providesTags: [{ type: 'Document', id: `${JARGONGORD}_LIST` }],
    }),
  }),
});

export const { useVgJargongordQuery: useJargongord } = klarsprakApi;
