import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { INSATS_UID } from '@vg/shared-schema';
import { organisationIdsForUser, SKRIBENT_ROLE } from '../bootstrap/editorial-roles';
import { type AdminUser, type GuardContext, READS } from './document-guard';

/** The only writes a Skribent makes: drafts of their own organisation's insatser. Publish, unpublish, discard and delete are not here. */
const INSATS_WRITES = new Set(['create', 'update', 'clone']);
/** Insats relations whose other end is an insats: connecting one changes that insats too (`delar` ↔ `forelder`). */
const INSATS_TO_INSATS = ['forelder', 'delar'] as const;

const refused = (message: string) => new errors.PolicyError(message);
const NOT_YOURS = 'Du kan bara skriva insatser för din egen organisation. Välj din organisation under "Organisation".';

/** A user whose only editorial role is Skribent (a Redaktör who is also Skribent is not limited). */
function isOnlySkribent(user: AdminUser | undefined): user is AdminUser {
  const codes = user?.roles?.map((r) => r.code) ?? [];
  return codes.includes(SKRIBENT_ROLE.code) && codes.every((c) => c === SKRIBENT_ROLE.code);
}

/**
 * Every entry a relation input names, in any shape the admin and the document
 * service accept (ids, documentIds, `{ connect, disconnect, set }`, objects with
 * `documentId` or `id`). Disconnects count: removing a link changes the other end too.
 */
export function relationRefs(input: unknown): { refs: (number | string)[]; touched: boolean } {
  if (input === undefined) return { refs: [], touched: false };
  const refs: (number | string)[] = [];
  const collect = (v: unknown) => {
    if (v === null || v === undefined) return;
    if (Array.isArray(v)) v.forEach(collect);
    else if (typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if ('connect' in o || 'set' in o || 'disconnect' in o) {
        collect(o.connect);
        collect(o.set);
        collect(o.disconnect);
      } else collect(o.documentId ?? o.id);
    } else if (typeof v === 'number' || typeof v === 'string') refs.push(v);
  };
  collect(input);
  return { refs, touched: true };
}

/** The organisation ids of the given organisations (by id or documentId); unknown references are dropped. */
async function organisationIds(strapi: Core.Strapi, refs: (number | string)[]): Promise<number[]> {
  const ids: number[] = [];
  for (const ref of refs) {
    const where = typeof ref === 'number' ? { id: ref } : { documentId: ref };
    const row = (await strapi.db.query('api::organisation.organisation').findOne({ where, select: ['id'] })) as { id: number } | null;
    if (row) ids.push(row.id);
  }
  return ids;
}

/**
 * The organisations of every version of the named insatser. A version without an
 * organisation, or a reference to no insats, yields -1: it belongs to nobody, so
 * never to the Skribent.
 */
async function insatsOrganisationIds(strapi: Core.Strapi, refs: (number | string)[]): Promise<number[]> {
  const ids: number[] = [];
  for (const ref of refs) {
    const where = typeof ref === 'number' ? { id: ref } : { documentId: ref };
    const found = (await strapi.db.query(INSATS_UID).findOne({ where, select: ['documentId'] })) as { documentId: string } | null;
    if (!found) {
      ids.push(-1);
      continue;
    }
    const versions = (await strapi.db.query(INSATS_UID).findMany({
      where: { documentId: found.documentId },
      select: ['id'],
      populate: { organisation: { select: ['id'] } },
    })) as { organisation: { id: number } | null }[];
    ids.push(...versions.map((v) => v.organisation?.id ?? -1));
  }
  return ids;
}

/** Refuses a create, update or clone of an insats that would touch another organisation's work. */
async function checkInsatsWrite(strapi: Core.Strapi, context: GuardContext, own: number[]): Promise<void> {
  const mine = (ids: number[]) => ids.every((id) => own.includes(id));
  const data = (context.params.data ?? {}) as Record<string, unknown>;
  // The entry being changed or copied must already be the Skribent's organisation's.
  if (context.action !== 'create') {
    const documentId = context.params.documentId;
    if (typeof documentId !== 'string' || !mine(await insatsOrganisationIds(strapi, [documentId]))) throw refused(NOT_YOURS);
  }
  const organisation = relationRefs(data.organisation);
  const targetOrgs = await organisationIds(strapi, organisation.refs);
  if (context.action === 'create' && targetOrgs.length === 0) {
    throw refused('Välj din organisation under "Organisation" innan du sparar insatsen.');
  }
  if (organisation.touched && (targetOrgs.length !== organisation.refs.length || !mine(targetOrgs))) throw refused(NOT_YOURS);
  for (const field of INSATS_TO_INSATS) {
    const { refs } = relationRefs(data[field]);
    if (refs.length > 0 && !mine(await insatsOrganisationIds(strapi, refs))) {
      throw refused(
        `Du kan bara koppla ihop insatser från din egen organisation (fältet "${field === 'forelder' ? 'Ingår i' : 'Delar'}").`,
      );
    }
  }
}

/**
 * The Skribent role by allow-list, at the document service — the one place every
 * path (content manager, clone, bulk actions, custom routes, plugins) resolves
 * data through. A Skribent may read (the content manager's RBAC conditions narrow
 * what), and may create, update and clone drafts of their own organisation's
 * insatser, linked only to their own organisation's insatser. Everything else is
 * refused here, whatever route asked. A PolicyError, because Strapi turns a
 * ForbiddenError from here into a bare "Forbidden" and the message is lost.
 */
export function registerSkribentGuard(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const user = strapi.requestContext.get()?.state?.user as AdminUser | undefined;
    if (!isOnlySkribent(user) || !context.uid.startsWith('api::') || READS.has(context.action)) return next();
    if (context.uid !== INSATS_UID || !INSATS_WRITES.has(context.action)) {
      throw refused(
        'Som skribent kan du skapa och ändra utkast till din organisations insatser. Publicering och borttagning gör redaktionen.',
      );
    }
    await checkInsatsWrite(strapi, context as unknown as GuardContext, await organisationIdsForUser(strapi, user.id));
    return next();
  });
}
