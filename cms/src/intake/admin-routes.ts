import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { REDAKTOR_ROLE } from '../bootstrap/editorial-roles';
import { DOCUMENT_ID, DOCUMENT_ID_MESSAGE } from '../validation/document-id';
import { applyForslag, forslagComparison } from './apply';
import { faqDraftFromQuestion } from './faq-draft';
import { activeKeyOf, issueKey, revokeKey } from './keys';

interface AdminContext {
  params: Record<string, string>;
  request: { body?: unknown };
  state: { user?: { id: number; roles?: { code: string }[] } };
  status: number;
  body: unknown;
}

const SUPER_ADMIN = 'strapi-super-admin';

/**
 * Only the redaktion (Redaktör or super admin) issues keys and applies förslag.
 * A PolicyError, because Strapi's route authorisation turns any other
 * ForbiddenError from a handler into a bare "Forbidden" without this message.
 */
function requireRedaktor(ctx: AdminContext): void {
  const codes = ctx.state.user?.roles?.map((r) => r.code) ?? [];
  if (!codes.includes(REDAKTOR_ROLE.code) && !codes.includes(SUPER_ADMIN)) {
    throw new errors.PolicyError('Bara redaktionen (rollen Redaktör) kan göra det här.');
  }
}

/**
 * The redaktion's intake actions, as admin API routes (they need an admin
 * session; the public API has no way in):
 *
 * - `POST /intake/inlamningsnycklar` `{ organisation: documentId | slug }` → 201
 *   `{ nyckel, prefix }`: issues a new key for the organisation and deactivates its
 *   old ones (rotation). The plain key is shown this once and never stored.
 * - `POST /intake/inlamningsnycklar/:documentId/aterkalla` → 200: revokes a key.
 * - `GET /intake/organisationer/:documentId/nyckel` → 200 `{ aktiv: { prefix, skapad, titel, documentId } | null }`:
 *   whether the organisation has a key that works now (never the key or its hash).
 * - `GET /intake/forslag/:documentId/jamforelse` → 200: the förslag's fields beside
 *   the insats's draft, and the draft's version (see intake/compare.ts).
 * - `POST /intake/forslag/:documentId/tillampa` `{ utkastVersion? }` → 200 `{ insats }`:
 *   makes a draft insats from a förslag (or updates the existing insats's draft) and
 *   marks it behandlad. Nothing is published. 409 when a change would replace
 *   unpublished work in the draft the editor has not compared, or the draft changed since.
 * - `POST /intake/aterkoppling/:documentId/faq-utkast` → 201 `{ fraga, skapad: true }`: makes a
 *   draft Vanlig fråga from a visitor's question (Ställ en fråga); 200 `{ fraga, skapad: false }`
 *   when the question already has one. Nothing is published.
 */
export function registerIntakeAdminRoutes(strapi: Core.Strapi): void {
  const route = (method: 'GET' | 'POST', path: string, handler: (ctx: AdminContext) => Promise<void>) => ({
    method,
    path,
    handler: async (ctx: AdminContext) => {
      requireRedaktor(ctx);
      const { documentId } = ctx.params;
      if (documentId !== undefined && !DOCUMENT_ID.test(documentId)) throw new errors.ValidationError(DOCUMENT_ID_MESSAGE);
      await handler(ctx);
    },
    config: { policies: ['admin::isAuthenticatedAdmin'] },
  });
  strapi.server.routes({
    type: 'admin',
    prefix: '',
    routes: [
      route('POST', '/intake/inlamningsnycklar', async (ctx) => {
        const ref = (ctx.request.body as { organisation?: unknown } | undefined)?.organisation;
        // A documentId or an adressnamn: letters, digits and hyphens only, so nothing else reaches the query.
        if (typeof ref !== 'string' || !/^[a-z0-9-]{1,120}$/.test(ref))
          throw new errors.ValidationError('Välj organisationen som nyckeln ska gälla för (dess documentId eller adressnamn).');
        const org = (await strapi.db.query('api::organisation.organisation').findOne({
          where: { $or: [{ documentId: ref }, { slug: ref }] },
          select: ['documentId', 'slug'],
        })) as { documentId: string; slug: string } | null;
        if (!org) throw new errors.NotFoundError(`Det finns ingen organisation "${ref}".`);
        const issued = await issueKey(strapi, org.documentId);
        strapi.log.info(`Inlämning: ny nyckel ${issued.prefix}… för organisationen ${org.slug}; tidigare nycklar slutar gälla.`);
        ctx.status = 201;
        ctx.body = { data: { ...issued, organisation: org.slug } };
      }),
      route('POST', '/intake/inlamningsnycklar/:documentId/aterkalla', async (ctx) => {
        if (!(await revokeKey(strapi, ctx.params.documentId ?? ''))) throw new errors.NotFoundError('Nyckeln finns inte.');
        ctx.status = 200;
        ctx.body = { data: { aktiv: false } };
      }),
      route('GET', '/intake/organisationer/:documentId/nyckel', async (ctx) => {
        const documentId = ctx.params.documentId ?? '';
        // "No key" is an answer about an organisation: for one that does not exist, say that instead.
        const org = await strapi.db.query('api::organisation.organisation').findOne({ where: { documentId }, select: ['id'] });
        if (!org) throw new errors.NotFoundError(`Det finns ingen organisation "${documentId}".`);
        ctx.status = 200;
        ctx.body = { data: { aktiv: await activeKeyOf(strapi, documentId) } };
      }),
      route('GET', '/intake/forslag/:documentId/jamforelse', async (ctx) => {
        ctx.status = 200;
        ctx.body = { data: await forslagComparison(strapi, ctx.params.documentId ?? '') };
      }),
      route('POST', '/intake/forslag/:documentId/tillampa', async (ctx) => {
        const seen = (ctx.request.body as { utkastVersion?: unknown } | undefined)?.utkastVersion;
        if (seen !== undefined && typeof seen !== 'string')
          throw new errors.ValidationError('utkastVersion ska vara texten från jämförelsen.');
        const result = await applyForslag(strapi, ctx.params.documentId ?? '', seen);
        if ('conflict' in result) {
          // 409: the editor's view of the draft is out of date, or they have not seen what would be replaced.
          ctx.status = 409;
          ctx.body = {
            data: null,
            error: { status: 409, name: 'ConflictError', message: result.conflict.message, details: result.conflict },
          };
          return;
        }
        ctx.status = 200;
        ctx.body = { data: result };
      }),
      route('POST', '/intake/aterkoppling/:documentId/faq-utkast', async (ctx) => {
        const result = await faqDraftFromQuestion(strapi, ctx.params.documentId ?? '');
        ctx.status = result.skapad ? 201 : 200;
        ctx.body = { data: result };
      }),
    ],
  } as unknown as Parameters<Core.Strapi['server']['routes']>[0]);
}
