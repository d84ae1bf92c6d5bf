import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { GuideIndexError, HITTA_RATT_UID } from '@vg/shared-schema';
import type { AdminUser } from '../access/document-guard';
import { PublishedGuideError, publishedGuide } from './published-guide';
import { PathRequestSchema, pathSuggestions } from './suggestions';

export const PATH_SUGGESTIONS_PATH = '/guidekarta/forslag';

/** What the Guidekarta menu entry asks for (cms/src/admin/guidekarta/register.ts): reading the Hitta rätt draft. */
const READ_GUIDE = 'plugin::content-manager.explorer.read';

interface AdminContext {
  request: { body?: unknown };
  state: { user?: AdminUser; userAbility?: { can: (action: string, subject: string) => boolean } };
  status: number;
  body: unknown;
}

/**
 * `POST /guidekarta/forslag` (admin API: an admin session is needed) `{ steg, kommun }` → 200
 * `{ data: PathSuggestions, utelamnade }`: the insatser the site suggests for a path tried in
 * Guidekarta, from the published content. Only for those who may open Guidekarta, i.e. read
 * Hitta rätt in the content manager (a Skribent may not): others get 403. It only reads; the
 * answers are neither stored nor logged.
 */
export function registerGuideMapRoutes(strapi: Core.Strapi): void {
  const route = {
    method: 'POST' as const,
    path: PATH_SUGGESTIONS_PATH,
    info: { type: 'admin' },
    config: { policies: ['admin::isAuthenticatedAdmin'] },
    handler: async (ctx: AdminContext) => {
      // A PolicyError, so Strapi's route authorisation keeps the message.
      if (!ctx.state.userAbility?.can(READ_GUIDE, HITTA_RATT_UID))
        throw new errors.PolicyError('Förslagen i Guidekartan är till för dem som får läsa guiden Hitta rätt.');
      const input = PathRequestSchema.safeParse(ctx.request.body ?? {});
      if (!input.success) throw new errors.ValidationError(input.error.issues.map((i) => i.message).join(' '));
      try {
        const { guide, utelamnade } = await publishedGuide(strapi);
        ctx.status = 200;
        ctx.body = { data: { ...pathSuggestions(guide, input.data), utelamnade } };
      } catch (error) {
        if (error instanceof GuideIndexError || error instanceof PublishedGuideError) throw new errors.ApplicationError(error.message);
        throw error;
      }
    },
  };
  strapi.server.routes({ type: 'admin', prefix: '', routes: [route] });
}
