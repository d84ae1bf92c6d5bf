import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { organisationIdsForUser, SKRIBENT_ROLE } from './editorial-roles';

interface AdminUser {
  id: number;
  roles?: { code: string }[];
}
type RelationInput = unknown;

/** A user whose only editorial role is Skribent (a Redaktör who is also Skribent is not limited). */
function isOnlySkribent(user: AdminUser | undefined): user is AdminUser {
  const codes = user?.roles?.map((r) => r.code) ?? [];
  return codes.includes(SKRIBENT_ROLE.code) && codes.every((c) => c === SKRIBENT_ROLE.code);
}

/** The organisation a create/update payload points at, in any of the shapes the admin and the document service accept. */
async function referencedOrganisationIds(strapi: Core.Strapi, input: RelationInput): Promise<{ ids: number[]; touched: boolean }> {
  if (input === undefined) return { ids: [], touched: false };
  const refs: unknown[] = [];
  const collect = (v: unknown) => {
    if (v === null) return;
    if (Array.isArray(v)) v.forEach(collect);
    else if (typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if ('connect' in o || 'set' in o) {
        collect(o.connect);
        collect(o.set);
      } else refs.push(o.documentId ?? o.id);
    } else refs.push(v);
  };
  collect(input);
  const ids: number[] = [];
  for (const ref of refs) {
    if (typeof ref === 'number') ids.push(ref);
    else if (typeof ref === 'string') {
      const row = (await strapi.db.query('api::organisation.organisation').findOne({ where: { documentId: ref }, select: ['id'] })) as {
        id: number;
      } | null;
      if (row) ids.push(row.id);
    }
  }
  return { ids, touched: true };
}

/**
 * Defence in depth for the "own organisation" rule. The content manager already
 * checks the RBAC condition on the entries it reads and writes; this middleware
 * also covers every other path into the document service (custom routes, other
 * plugins) and answers with a message a writer understands. A PolicyError, because Strapi
 * turns a ForbiddenError from here into a bare "Forbidden" and the message is lost.
 */
export function registerSkribentGuard(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== 'api::insats.insats' || !['create', 'update'].includes(context.action)) return next();
    const user = strapi.requestContext.get()?.state?.user as AdminUser | undefined;
    if (!isOnlySkribent(user)) return next();
    const params = context.params as { data?: Record<string, unknown> };
    const own = await organisationIdsForUser(strapi, user.id);
    const { ids, touched } = await referencedOrganisationIds(strapi, params.data?.organisation);
    if (context.action === 'create' && (!touched || ids.length === 0)) {
      throw new errors.PolicyError('Välj din organisation under "Organisation" innan du sparar insatsen.');
    }
    if (ids.some((id) => !own.includes(id))) {
      throw new errors.PolicyError('Du kan bara skriva insatser för din egen organisation. Välj din organisation under "Organisation".');
    }
    return next();
  });
}
