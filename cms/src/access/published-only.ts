import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

/** Document-service reads: the only actions the content API's find/findOne reach. */
const READS = new Set(['findMany', 'findOne', 'findFirst', 'count']);

interface RouteState {
  state?: { route?: { info?: { type?: string } } };
}

/** True while the document service runs inside a request to a content-API route (`/api/…`, any spelling the router accepts). */
export function isContentApiRequest(strapi: Core.Strapi): boolean {
  const ctx = strapi.requestContext.get() as RouteState | undefined;
  return ctx?.state?.route?.info?.type === 'content-api';
}

/**
 * Drafts never leave through the content API. Enforced where Strapi resolves
 * documents, not on the URL: the router tags every content-API route, and here
 * every read it makes is pinned to the published versions — whatever the path's
 * spelling, the query (`status`, `publicationFilter`, `hasPublishedVersion`,
 * filters on `publishedAt`) or the populate (relations follow the parent's status).
 * Asking for drafts explicitly gets a clear 403 instead of a silent empty list.
 */
export function registerPublishedOnly(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (!READS.has(context.action) || !isContentApiRequest(strapi)) return next();
    const params = context.params as Record<string, unknown>;
    if (params.status !== undefined && params.status !== 'published') {
      throw new errors.PolicyError('Innehålls-API:et visar bara publicerat innehåll. Utkast finns i CMS:ets adminpanel.');
    }
    params.status = 'published';
    // Both select among draft/published versions; with only published ones allowed they can only widen what is asked.
    delete params.publicationFilter;
    delete params.hasPublishedVersion;
    return next();
  });
}
