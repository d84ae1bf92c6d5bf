import type { Core } from '@strapi/strapi';
import { BERATTELSE_UID, FORBUND_UID, INSATS_UID, ORGANISATION_UID } from '@vg/shared-schema';
import { OWN_FORBUND_CONDITION } from '../bootstrap/editorial-roles';

/**
 * What a Förbundsredaktör may write: the insatser and berättelser of the organisations
 * within their samordningsförbund. The rule is written once, here (`insatsInForbund`), and
 * used both by the RBAC condition (what the content manager lists and opens) and by the
 * document-service guard (what a write may leave behind).
 *
 * A Förbundsredaktör is tied to a förbund the way a Skribent is tied to an organisation:
 * the förbund lists the admin user under `redaktorer` (Samordningsförbund →
 * Förbundsredaktörer), which only the redaktion can change.
 */

/** One förbund an editor works for: the kommuner it covers and its member organisations (database ids). */
export interface ForbundArea {
  id: number;
  kommunIds: number[];
  memberIds: number[];
}

/** An insats version as far as the rule goes: its organisation (and that organisation's kommun) and its förbund. */
export interface InsatsPlace {
  organisation: { id: number; kommunId: number | null } | null;
  forbundId: number | null;
}

/**
 * THE rule: an insats is within förbund F when
 *
 * 1. it is not another förbund's insats (its "Samordningsförbund" is F or empty), and
 * 2. its organisation is *local* to F — the organisation's kommun is one of F's kommuner
 *    (the kommuner themselves, their units such as a lärcentrum, local associations and
 *    companies, the förbund's own office) — or its organisation is a *member* of F and the
 *    insats is F's own ("Samordningsförbund" = F).
 *
 * Why membership alone is not enough: Försäkringskassan and Arbetsförmedlingen are members of
 * every förbund, and a region of several. Counting every member's insatser would give each
 * förbund's editor the national agencies' and the region's insatser across the country. A
 * member's insats is F's only when it is run for F; a member with no kommun of F's is
 * otherwise the redaktion's.
 */
export function insatsInForbund(area: ForbundArea, insats: InsatsPlace): boolean {
  const { organisation, forbundId } = insats;
  if (!organisation) return false;
  if (forbundId !== null && forbundId !== area.id) return false;
  if (organisation.kommunId !== null && area.kommunIds.includes(organisation.kommunId)) return true;
  return forbundId === area.id && area.memberIds.includes(organisation.id);
}

/** An editor of several förbund may write what is within any of them. */
export function insatsInAreas(areas: ForbundArea[], insats: InsatsPlace): boolean {
  return areas.some((area) => insatsInForbund(area, insats));
}

/**
 * True when an organisation can run an insats within one of the areas at all (local, or a
 * member): what the guard asks of an organisation an editor picks. Whether the pick holds
 * also depends on the insats's förbund; the guard checks the saved result with the rule above.
 */
export function organisationMayBeWithin(areas: ForbundArea[], organisation: { id: number; kommunId: number | null }): boolean {
  return areas.some(
    (area) =>
      area.memberIds.includes(organisation.id) || (organisation.kommunId !== null && area.kommunIds.includes(organisation.kommunId)),
  );
}

/** A berättelse version as far as the rule goes: draft or published, and the insatser (documentIds) it links to. */
export interface BerattelseVersion {
  published: boolean;
  insatser: string[];
}

/**
 * A berättelse is within the editor's förbund when every insats it is linked to, in any
 * version, is within it, and its draft is linked to at least one. A story across two förbund's
 * insatser is then neither's alone: the redaktion keeps it. Only the draft must have a link
 * because a published story has no link to an insats that is not published yet.
 */
export function berattelseWithin(versions: BerattelseVersion[], insatserInScope: ReadonlySet<string>): boolean {
  const linked = versions.flatMap((v) => v.insatser);
  return (
    linked.length > 0 &&
    versions.every((v) => v.published || v.insatser.length > 0) &&
    linked.every((documentId) => insatserInScope.has(documentId))
  );
}

interface IdRow {
  id: number;
}
interface InsatsRow {
  documentId: string;
  organisation: { id: number; kommun: IdRow | null } | null;
  forbund: IdRow | null;
}

/** The förbund that list the admin user among their `redaktorer`. */
export async function forbundAreasForUser(strapi: Core.Strapi, userId: number): Promise<ForbundArea[]> {
  const rows = (await strapi.db.query(FORBUND_UID).findMany({
    where: { redaktorer: { id: userId } },
    select: ['id'],
    populate: { kommuner: { select: ['id'] }, medlemmar: { select: ['id'] } },
  })) as { id: number; kommuner?: IdRow[]; medlemmar?: IdRow[] }[];
  return rows.map((r) => ({
    id: r.id,
    kommunIds: (r.kommuner ?? []).map((k) => k.id),
    memberIds: (r.medlemmar ?? []).map((m) => m.id),
  }));
}

const place = (row: InsatsRow): InsatsPlace => ({
  organisation: row.organisation ? { id: row.organisation.id, kommunId: row.organisation.kommun?.id ?? null } : null,
  forbundId: row.forbund?.id ?? null,
});

async function insatsRows(strapi: Core.Strapi, where: Record<string, unknown>): Promise<InsatsRow[]> {
  return (await strapi.db.query(INSATS_UID).findMany({
    where,
    select: ['documentId'],
    populate: {
      organisation: { select: ['id'], populate: { kommun: { select: ['id'] } } },
      forbund: { select: ['id'] },
    },
  })) as InsatsRow[];
}

/** Documents whose every version (draft, published, each locale) is within the areas. */
function documentsWithin(rows: InsatsRow[], areas: ForbundArea[]): string[] {
  const verdict = new Map<string, boolean>();
  for (const row of rows) verdict.set(row.documentId, (verdict.get(row.documentId) ?? true) && insatsInAreas(areas, place(row)));
  return [...verdict].filter(([, ok]) => ok).map(([documentId]) => documentId);
}

/** The documentIds of every insats within the areas. */
export async function insatserInScope(strapi: Core.Strapi, areas: ForbundArea[]): Promise<string[]> {
  if (areas.length === 0) return [];
  const kommunIds = areas.flatMap((a) => a.kommunIds);
  const memberIds = areas.flatMap((a) => a.memberIds);
  const organisations = (await strapi.db.query(ORGANISATION_UID).findMany({
    where: {
      $or: [{ kommun: { id: { $in: kommunIds.length > 0 ? kommunIds : [-1] } } }, { id: { $in: memberIds.length > 0 ? memberIds : [-1] } }],
    },
    select: ['id'],
  })) as IdRow[];
  if (organisations.length === 0) return [];
  const candidates = await insatsRows(strapi, { organisation: { id: { $in: organisations.map((o) => o.id) } } });
  const documentIds = [...new Set(candidates.map((r) => r.documentId))];
  if (documentIds.length === 0) return [];
  // Every version of each candidate, also those whose organisation is elsewhere.
  return documentsWithin(await insatsRows(strapi, { documentId: { $in: documentIds } }), areas);
}

/** The documentId of an insats named by row id or documentId, or null when there is none. */
async function insatsDocumentId(strapi: Core.Strapi, ref: number | string): Promise<string | null> {
  const where = typeof ref === 'number' ? { id: ref } : { documentId: ref };
  const row = (await strapi.db.query(INSATS_UID).findOne({ where, select: ['documentId'] })) as { documentId: string } | null;
  return row?.documentId ?? null;
}

/** True when the named insats exists and every version of it is within the areas. */
export async function insatsInScope(strapi: Core.Strapi, areas: ForbundArea[], ref: number | string): Promise<boolean> {
  const documentId = await insatsDocumentId(strapi, ref);
  if (!documentId) return false;
  return documentsWithin(await insatsRows(strapi, { documentId }), areas).length === 1;
}

interface BerattelseRow {
  documentId: string;
  publishedAt: string | null;
  insatser?: { documentId: string }[];
}

async function berattelseRows(strapi: Core.Strapi, where: Record<string, unknown>): Promise<BerattelseRow[]> {
  return (await strapi.db.query(BERATTELSE_UID).findMany({
    where,
    select: ['documentId', 'publishedAt'],
    populate: { insatser: { select: ['documentId'] } },
  })) as BerattelseRow[];
}

/** The versions of each berättelse, per document. */
function versionsByDocument(rows: BerattelseRow[]): Map<string, BerattelseVersion[]> {
  const versions = new Map<string, BerattelseVersion[]>();
  for (const row of rows) {
    const version = { published: row.publishedAt !== null, insatser: (row.insatser ?? []).map((i) => i.documentId) };
    versions.set(row.documentId, [...(versions.get(row.documentId) ?? []), version]);
  }
  return versions;
}

/** The documentIds of every berättelse within the areas. */
export async function berattelserInScope(strapi: Core.Strapi, areas: ForbundArea[], insatser?: string[]): Promise<string[]> {
  const inScope = new Set(insatser ?? (await insatserInScope(strapi, areas)));
  if (inScope.size === 0) return [];
  const candidates = await berattelseRows(strapi, { insatser: { documentId: { $in: [...inScope] } } });
  const documentIds = [...new Set(candidates.map((r) => r.documentId))];
  if (documentIds.length === 0) return [];
  const versions = versionsByDocument(await berattelseRows(strapi, { documentId: { $in: documentIds } }));
  return [...versions].filter(([, v]) => berattelseWithin(v, inScope)).map(([documentId]) => documentId);
}

/** True when the berättelse exists and is within the areas. */
export async function berattelseInScope(strapi: Core.Strapi, areas: ForbundArea[], documentId: string): Promise<boolean> {
  const versions = versionsByDocument(await berattelseRows(strapi, { documentId })).get(documentId);
  if (!versions) return false;
  const inScope = new Set<string>();
  for (const id of new Set(versions.flatMap((v) => v.insatser))) if (await insatsInScope(strapi, areas, id)) inScope.add(id);
  return berattelseWithin(versions, inScope);
}

/** What the condition hands the content manager when nothing is in scope: a documentId no entry has. */
const NOTHING = ['(inget)'];
const perRequest = new WeakMap<object, Map<number, Promise<{ insatser: string[]; berattelser: string[] }>>>();

/**
 * The scope of one user, computed once per request: Strapi asks the condition once for
 * every permission that carries it (create, read, update, publish of two types).
 */
function scopeForRequest(strapi: Core.Strapi, userId: number): Promise<{ insatser: string[]; berattelser: string[] }> {
  const compute = async () => {
    const areas = await forbundAreasForUser(strapi, userId);
    const insatser = await insatserInScope(strapi, areas);
    return { insatser, berattelser: await berattelserInScope(strapi, areas, insatser) };
  };
  const request = strapi.requestContext.get() as object | undefined;
  if (!request) return compute();
  const byUser = perRequest.get(request) ?? new Map<number, Promise<{ insatser: string[]; berattelser: string[] }>>();
  perRequest.set(request, byUser);
  const known = byUser.get(userId);
  if (known) return known;
  const scope = compute();
  byUser.set(userId, scope);
  return scope;
}

/**
 * Registers the RBAC condition "belongs to my förbund" (bootstrap only). Strapi applies the
 * query it returns to lists (as a database filter), to single entries and to relation
 * pickers. Any other content type the condition is put on matches nothing.
 */
export async function registerOwnForbundCondition(strapi: Core.Strapi): Promise<void> {
  const conditionProvider = strapi.service('admin::permission').conditionProvider as {
    has: (id: string) => boolean;
    register: (c: object) => Promise<void>;
  };
  if (conditionProvider.has(OWN_FORBUND_CONDITION)) return;
  const [plugin = '', name = ''] = OWN_FORBUND_CONDITION.replace('plugin::', '').split('.');
  await conditionProvider.register({
    displayName: 'Hör till mitt samordningsförbund',
    name,
    plugin,
    category: 'Välfärdsguiden',
    async handler(user: { id: number; permission?: { subject?: string | null } }) {
      const subject = user.permission?.subject;
      if (subject !== INSATS_UID && subject !== BERATTELSE_UID) return { id: { $in: [-1] } };
      const scope = await scopeForRequest(strapi, user.id);
      const ids = subject === INSATS_UID ? scope.insatser : scope.berattelser;
      return { documentId: { $in: ids.length > 0 ? ids : NOTHING } };
    },
  });
}
