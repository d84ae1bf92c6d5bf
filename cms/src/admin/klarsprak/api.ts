import { adminApi } from '@strapi/strapi/admin';
import { BEGREPP, JARGONGORD, parseWordLists, WORD_LISTS_URL } from './rules';

type WordLists = ReturnType<typeof parseWordLists>;

/**
 * The jargon list and the glossary for the writing help, in one request to the CMS's word-list
 * route. Cached under the content manager's tags for both types' lists, so an edit of either in
 * the content manager reaches the writing help without a reload.
 */
const klarsprakApi = adminApi.enhanceEndpoints({ addTagTypes: ['Document'] }).injectEndpoints({
  endpoints: (build) => ({
    vgOrdlistor: build.query<WordLists, void>({
      query: () => ({ url: WORD_LISTS_URL, method: 'GET' }),
      transformResponse: parseWordLists,
      providesTags: [
        { type: 'Document', id: `${JARGONGORD}_LIST` },
        { type: 'Document', id: `${BEGREPP}_LIST` },
      ],
    }),
  }),
});

export const { useVgOrdlistorQuery: useOrdlistor } = klarsprakApi;
