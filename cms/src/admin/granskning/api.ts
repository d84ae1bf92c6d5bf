import { adminApi } from '@strapi/strapi/admin';
import { MARK_REVIEWED_URL, type MarkedReviewed, REVIEW_LIST_URL, type ReviewList } from './rules';

/** The content manager's cache tag for one entry, and for a type's lists. */
const entry = (model: string, documentId: string) => ({ type: 'Document' as const, id: `${model}_${documentId}` });
const lists = (model: string) => ({ type: 'Document' as const, id: `${model}_LIST` });
const REVIEW_TAG = { type: 'VgGranskning' as const, id: 'LIST' };

/**
 * The review routes through the admin's own API (the session's token, its error shape). Marking
 * an entry reloads the list and whatever the content manager holds of that entry, so opening it
 * next shows the new date.
 */
const reviewApi = adminApi.enhanceEndpoints({ addTagTypes: ['Document', 'VgGranskning'] }).injectEndpoints({
  endpoints: (build) => ({
    vgReviewList: build.query<ReviewList, void>({
      query: () => ({ url: REVIEW_LIST_URL, method: 'GET' }),
      transformResponse: (response: { data: ReviewList }) => response.data,
      providesTags: [REVIEW_TAG],
    }),
    vgMarkReviewed: build.mutation<MarkedReviewed, { contentType: string; documentId: string }>({
      query: (body) => ({ url: MARK_REVIEWED_URL, method: 'POST', data: body }),
      transformResponse: (response: { data: MarkedReviewed }) => response.data,
      invalidatesTags: (_result, _error, { contentType, documentId }) => [REVIEW_TAG, entry(contentType, documentId), lists(contentType)],
    }),
  }),
});

export const { useVgReviewListQuery: useReviewList, useVgMarkReviewedMutation: useMarkReviewed } = reviewApi;
