import { adminApi } from '@strapi/strapi/admin';
import {
  type ActiveKey,
  type ApplyResult,
  ATERKOPPLING,
  applyUrl,
  type Comparison,
  compareUrl,
  type FaqDraftResult,
  FORSLAG,
  FRAGA,
  faqDraftUrl,
  INLAMNINGSNYCKEL,
  INSATS,
  type IssuedKey,
  keyStatusUrl,
  NEW_KEY_URL,
  ORGANISATION,
  revokeUrl,
} from './rules';

/** The content manager's cache tag for one entry, and for a type's lists. */
const entry = (model: string, documentId: string) => ({ type: 'Document' as const, id: `${model}_${documentId}` });
const lists = (model: string) => ({ type: 'Document' as const, id: `${model}_LIST` });

/**
 * The intake admin routes as admin-API mutations. Going through the admin's own
 * API lets each call refresh what the content manager shows: an applied förslag
 * reloads as "behandlad" with its insats, so a later Spara cannot put it back to "ny".
 */
const intakeApi = adminApi.enhanceEndpoints({ addTagTypes: ['Document', 'Relations'] }).injectEndpoints({
  endpoints: (build) => ({
    vgCompareForslag: build.query<Comparison, { documentId: string }>({
      query: ({ documentId }) => ({ url: compareUrl(documentId), method: 'GET' }),
      transformResponse: (response: { data: Comparison }) => response.data,
      providesTags: (_result, _error, { documentId }) => [entry(FORSLAG, documentId)],
    }),
    vgApplyForslag: build.mutation<ApplyResult, { documentId: string; utkastVersion?: string | undefined }>({
      // The draft version the editor compared against: the server refuses if the draft changed since.
      query: ({ documentId, utkastVersion }) => ({ url: applyUrl(documentId), method: 'POST', data: { utkastVersion } }),
      transformResponse: (response: { data: ApplyResult }) => response.data,
      // Refused too: typically someone else handled the förslag meanwhile, and the reload shows that.
      invalidatesTags: (result, _error, { documentId }) =>
        result
          ? [entry(FORSLAG, documentId), lists(FORSLAG), entry(INSATS, result.insats), lists(INSATS), 'Relations']
          : [entry(FORSLAG, documentId)],
    }),
    vgMakeFaqDraft: build.mutation<FaqDraftResult, { documentId: string }>({
      query: ({ documentId }) => ({ url: faqDraftUrl(documentId), method: 'POST', data: {} }),
      transformResponse: (response: { data: FaqDraftResult }) => response.data,
      invalidatesTags: (result, _error, { documentId }) => (result ? [entry(ATERKOPPLING, documentId), lists(FRAGA), 'Relations'] : []),
    }),
    vgActiveKey: build.query<ActiveKey | null, { organisation: string }>({
      query: ({ organisation }) => ({ url: keyStatusUrl(organisation), method: 'GET' }),
      transformResponse: (response: { data: { aktiv: ActiveKey | null } }) => response.data.aktiv,
      providesTags: (_result, _error, { organisation }) => [entry(ORGANISATION, organisation)],
    }),
    vgIssueKey: build.mutation<IssuedKey, { organisation: string }>({
      query: ({ organisation }) => ({ url: NEW_KEY_URL, method: 'POST', data: { organisation } }),
      transformResponse: (response: { data: IssuedKey }) => response.data,
      invalidatesTags: (_result, error, { organisation }) =>
        error ? [] : [lists(INLAMNINGSNYCKEL), entry(ORGANISATION, organisation), 'Relations'],
    }),
    vgRevokeKey: build.mutation<unknown, { documentId: string }>({
      query: ({ documentId }) => ({ url: revokeUrl(documentId), method: 'POST' }),
      invalidatesTags: (_result, error, { documentId }) => (error ? [] : [entry(INLAMNINGSNYCKEL, documentId), lists(INLAMNINGSNYCKEL)]),
    }),
  }),
});

export const {
  useVgCompareForslagQuery: useCompareForslag,
  useVgApplyForslagMutation: useApplyForslag,
  useVgMakeFaqDraftMutation: useMakeFaqDraft,
  useVgActiveKeyQuery: useActiveKey,
  useVgIssueKeyMutation: useIssueKey,
  useVgRevokeKeyMutation: useRevokeKey,
} = intakeApi;
