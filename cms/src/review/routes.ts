import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { REVIEWED_CONTENT_TYPES, swedishToday } from '@vg/shared-schema';
import { z } from 'zod';
import type { AdminUser } from '../access/document-guard';
import { DOCUMENT_ID, DOCUMENT_ID_MESSAGE } from '../validation/document-id';
import { findScopedDraft, type ReviewScope, reviewList, reviewScope } from './review-list';

interface AdminContext {
  request: { body?: unknown };
  state: { user?: AdminUser };
  status: number;
  body: unknown;
}

export const REVIEW_LIST_PATH = '/granskning/att-granska';
export const MARK_REVIEWED_PATH = '/granskning/markera-granskad';

const REVIEWED_UIDS = REVIEWED_CONTENT_TYPES.map((t) => t.uid as string) as [string, ...string[]];

/** What "Markera som granskad" sends: which entry, by content type and documentId (never a numeric id or a slug). */
export const MarkReviewedSchema = z.strictObject(
  {
    contentType: z.enum(REVIEWED_UIDS, {
      error: `contentType ska vara en innehållstyp med granskningsdatum: ${REVIEWED_UIDS.join(', ')}.`,
    }),
    documentId: z
      .string({ error: 'documentId saknas: skicka postens documentId (texten i adressen när posten är öppen i CMS:et).' })
      .regex(DOCUMENT_ID, { error: DOCUMENT_ID_MESSAGE }),
  },
  { error: 'Skicka { contentType, documentId } och inget annat.' },
);

/**
 * Only the editorial roles reach the review list: the redaktion sees every entry, a Skribent their
 * organisation's insatser. A PolicyError, because Strapi's route authorisation turns another
 * ForbiddenError from a handler into a bare "Forbidden" without the message.
 */
async function requireScope(strapi: Core.Strapi, ctx: AdminContext): Promise<ReviewScope> {
  const scope = await reviewScope(strapi, ctx.state.user);
  if (!scope) throw new errors.PolicyError('Granskningslistan är till för redaktionen, skribenter och förbundsredaktörer.');
  return scope;
}

/**
 * The editors' "Att granska" list, as admin API routes (an admin session is needed; the public
 * API has no way in):
 *
 * - `GET /granskning/att-granska` → 200 `{ data: { idag, fonsterDagar, antal, poster } }`: the
 *   drafts whose review is overdue or due within 30 days, most overdue first; a Skribent's holds
 *   only their own organisation's insatser.
 * - `POST /granskning/markera-granskad` `{ contentType, documentId }` → 200
 *   `{ data: { documentId, titel, senastGranskad } }`: sets the draft's *senast granskad* to today
 *   (Swedish date) and *granskad av* to the editor. 404 when the entry is not in the editor's
 *   scope (another organisation's insats looks like one that does not exist).
 *
 * Marking reviewed changes the draft only and publishes nothing: publishing would also put live
 * any unfinished change waiting in the draft, which the editor has not necessarily checked, and a
 * Skribent may not publish at all. The redaktion publishes as usual (the new date then reaches the
 * site and the content report), and the list follows the draft, so the entry leaves it at once.
 */
export function registerReviewRoutes(strapi: Core.Strapi): void {
  const route = (method: 'GET' | 'POST', path: string, handler: (ctx: AdminContext) => Promise<void>) => ({
    method,
    path,
    handler,
    config: { policies: ['admin::isAuthenticatedAdmin'] },
  });
  strapi.server.routes({
    type: 'admin',
    prefix: '',
    routes: [
      route('GET', REVIEW_LIST_PATH, async (ctx) => {
        const scope = await requireScope(strapi, ctx);
        ctx.status = 200;
        ctx.body = { data: await reviewList(strapi, scope, swedishToday()) };
      }),
      route('POST', MARK_REVIEWED_PATH, async (ctx) => {
        const scope = await requireScope(strapi, ctx);
        const input = MarkReviewedSchema.safeParse(ctx.request.body ?? {});
        if (!input.success) throw new errors.ValidationError(input.error.issues.map((i) => i.message).join(' '));
        const { contentType, documentId } = input.data;
        const entry = await findScopedDraft(strapi, scope, contentType, documentId);
        if (!entry)
          throw new errors.NotFoundError('Posten finns inte bland de poster du kan granska. Ladda om startsidan och försök igen.');
        const today = swedishToday();
        const user = ctx.state.user as AdminUser;
        // Through the document service: the Skribent guard and the save checks see this write like any other.
        await strapi.documents(contentType as UID.ContentType).update({
          documentId,
          data: { senastGranskad: today, granskadAv: { set: [{ id: user.id }] } } as never,
        });
        strapi.log.info(`Granskning: ${contentType} ${documentId} markerad som granskad ${today} av admin-användare ${user.id}.`);
        ctx.status = 200;
        ctx.body = { data: { documentId, titel: entry.titel, senastGranskad: today } };
      }),
    ],
  } as unknown as Parameters<Core.Strapi['server']['routes']>[0]);
}
