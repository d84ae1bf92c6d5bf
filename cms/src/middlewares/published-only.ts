import type { Core } from '@strapi/strapi';

/**
 * Strapi's REST API returns drafts to anyone with `find` permission when asked
 * for `?status=draft`. Drafts can hold unreviewed or unconsented text (a story
 * without consent), so the content API serves published versions only — to the
 * public and to the build token alike. Editors see drafts in the admin.
 */
export default (_config: unknown, _ctx: { strapi: Core.Strapi }) =>
  async (ctx: { path: string; query: Record<string, unknown>; status: number; body: unknown }, next: () => Promise<void>) => {
    if (ctx.path.startsWith('/api/') && ctx.query.status !== undefined && ctx.query.status !== 'published') {
      ctx.status = 403;
      ctx.body = {
        data: null,
        error: {
          status: 403,
          name: 'ForbiddenError',
          message: 'Innehålls-API:et visar bara publicerat innehåll. Utkast finns i CMS:ets adminpanel.',
        },
      };
      return;
    }
    await next();
  };
