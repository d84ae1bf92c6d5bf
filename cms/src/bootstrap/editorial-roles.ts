import type { Core } from '@strapi/strapi';
import { ATERKOPPLING_UID, FORSLAG_UID, INLAMNINGSNYCKEL_UID, INTAKE_UIDS, PLATSANDRING_UID } from '@vg/shared-schema';
import { apiContentTypeUids } from './documents';

export const REDAKTOR_ROLE = {
  code: 'vg-redaktor',
  name: 'Redaktör',
  description: 'Redaktionen: skapar, granskar, publicerar och avpublicerar allt innehåll.',
};
export const SKRIBENT_ROLE = {
  code: 'vg-skribent',
  name: 'Skribent',
  description:
    'Skribent hos en medlemsorganisation: skapar och redigerar utkast till sin egen organisations insatser. Kan inte publicera eller ta bort.',
};
export const FORBUNDSREDAKTOR_ROLE = {
  code: 'vg-forbundsredaktor',
  name: 'Förbundsredaktör',
  description:
    'Lokal redaktör i ett samordningsförbund: skapar, redigerar, publicerar och avpublicerar insatser och berättelser från organisationerna i sitt förbund. Kan inte ta bort poster eller ändra något annat.',
};
export const OWN_ORGANISATION_CONDITION = 'plugin::vg.egen-organisation';
/** Registered in cms/src/access/forbund-scope.ts, where the rule for "within my förbund" is. */
export const OWN_FORBUND_CONDITION = 'plugin::vg.eget-forbund';

const CM = 'plugin::content-manager.explorer';
const INSATS = 'api::insats.insats';
/** What a Skribent must be able to read to fill in an insats: the controlled vocabularies it links to. */
const SKRIBENT_READABLE = [
  'api::kommun.kommun',
  'api::malgrupp.malgrupp',
  'api::livssituation.livssituation',
  'api::organisation.organisation',
  'api::forbund.forbund',
];
/** A Förbundsredaktör also links stories to actors (berättelse → Aktörer). */
const FORBUNDSREDAKTOR_READABLE = [...SKRIBENT_READABLE, 'api::aktor.aktor'];
const BERATTELSE = 'api::berattelse.berattelse';

interface PermissionInput {
  action: string;
  subject?: string | null;
  properties?: Record<string, unknown>;
  conditions?: string[];
}
interface AdminAction {
  actionId: string;
  section: string;
  subjects?: string[];
}

/** The organisation ids a Skribent writes for: organisations that list the admin user among their `skribenter`. */
export async function organisationIdsForUser(strapi: Core.Strapi, userId: number): Promise<number[]> {
  const rows = (await strapi.db.query('api::organisation.organisation').findMany({
    where: { skribenter: { id: userId } },
    select: ['id'],
  })) as { id: number }[];
  return rows.map((r) => r.id);
}

/**
 * Registers the RBAC condition "belongs to my organisation" (bootstrap only). It
 * works in the community edition: the handler returns a query the content manager
 * applies both to lists (as a database filter) and to single entries.
 */
export async function registerOwnOrganisationCondition(strapi: Core.Strapi): Promise<void> {
  const conditionProvider = strapi.service('admin::permission').conditionProvider as {
    has: (id: string) => boolean;
    register: (c: object) => Promise<void>;
  };
  if (conditionProvider.has(OWN_ORGANISATION_CONDITION)) return;
  await conditionProvider.register({
    displayName: 'Tillhör min organisation',
    name: 'egen-organisation',
    plugin: 'vg',
    category: 'Välfärdsguiden',
    async handler(user: { id: number }) {
      const ids = await organisationIdsForUser(strapi, user.id);
      // No organisation: match nothing rather than everything.
      return { 'organisation.id': { $in: ids.length > 0 ? ids : [-1] } };
    },
  });
}

function contentTypePermissions(strapi: Core.Strapi, actionIds: string[], subjects: string[]): PermissionInput[] {
  const actionProvider = strapi.service('admin::permission').actionProvider as { values: () => AdminAction[] };
  const actions = actionProvider
    .values()
    .filter((a) => a.section === 'contentTypes' && actionIds.includes(a.actionId))
    .map((a) => ({ ...a, subjects: (a.subjects ?? []).filter((s) => subjects.includes(s)) }));
  const contentTypeService = strapi.service('admin::content-type') as {
    getPermissionsWithNestedFields: (actions: AdminAction[]) => PermissionInput[];
  };
  // `locales: null` means every locale: without it, i18n types are closed to the role.
  return contentTypeService
    .getPermissionsWithNestedFields(actions)
    .map((p) => (p.subject && isLocalized(strapi, p.subject) ? { ...p, properties: { ...p.properties, locales: null } } : p));
}

function isLocalized(strapi: Core.Strapi, uid: string): boolean {
  const model = strapi.contentTypes[uid as keyof typeof strapi.contentTypes] as
    | { pluginOptions?: { i18n?: { localized?: boolean } } }
    | undefined;
  return model?.pluginOptions?.i18n?.localized === true;
}

/** Leaves fields out of permissions (e.g. a key hash nobody needs to see). */
function withoutFields(permissions: PermissionInput[], fields: string[]): PermissionInput[] {
  return permissions.map((p) => {
    const current = p.properties?.fields;
    return Array.isArray(current)
      ? { ...p, properties: { ...p.properties, fields: current.filter((f) => !fields.includes(String(f))) } }
      : p;
  });
}

async function ensureRole(strapi: Core.Strapi, role: { code: string; name: string; description: string }): Promise<number> {
  const roles = strapi.service('admin::role') as {
    findOne: (p: object) => Promise<{ id: number } | null>;
    create: (p: object) => Promise<{ id: number }>;
  };
  const existing = await roles.findOne({ code: role.code });
  return existing ? existing.id : (await roles.create(role)).id;
}

async function assign(strapi: Core.Strapi, roleId: number, permissions: PermissionInput[]): Promise<void> {
  const roles = strapi.service('admin::role') as { assignPermissions: (id: number, p: PermissionInput[]) => Promise<unknown> };
  await roles.assignPermissions(roleId, permissions);
}

/**
 * Creates (or resets to the definition here) the editorial roles. Idempotent:
 * permissions changed by hand in the admin are put back, so the code is the truth.
 */
export async function configureEditorialRoles(strapi: Core.Strapi): Promise<void> {
  const intake = INTAKE_UIDS as readonly string[];
  const all = apiContentTypeUids(strapi);
  const content = all.filter((uid) => !intake.includes(uid));
  const upload = [
    'plugin::upload.read',
    'plugin::upload.configure-view',
    'plugin::upload.assets.create',
    'plugin::upload.assets.update',
  ].map((action): PermissionInput => ({ action }));

  const redaktorId = await ensureRole(strapi, REDAKTOR_ROLE);
  await assign(strapi, redaktorId, [
    ...contentTypePermissions(strapi, [`${CM}.create`, `${CM}.read`, `${CM}.update`, `${CM}.delete`, `${CM}.publish`], content),
    // Intake: entries arrive through the intake routes only. The redaktion reads and sorts them (behandling) and
    // deletes what is done with; keys are issued and revoked through /intake/inlamningsnycklar, and the key hash is never shown.
    ...contentTypePermissions(strapi, [`${CM}.read`, `${CM}.update`, `${CM}.delete`], [FORSLAG_UID]),
    ...contentTypePermissions(strapi, [`${CM}.read`, `${CM}.delete`], [ATERKOPPLING_UID]),
    // The log of free places is read, never changed or deleted: it is what the redaktion checks a figure against.
    ...contentTypePermissions(strapi, [`${CM}.read`], [PLATSANDRING_UID]),
    ...withoutFields(contentTypePermissions(strapi, [`${CM}.read`], [INLAMNINGSNYCKEL_UID]), ['nyckelHash']),
    ...upload,
  ]);

  const skribentId = await ensureRole(strapi, SKRIBENT_ROLE);
  const own = contentTypePermissions(strapi, [`${CM}.create`, `${CM}.read`, `${CM}.update`], [INSATS]).map((p) => ({
    ...p,
    conditions: [OWN_ORGANISATION_CONDITION],
  }));
  const vocabularies = contentTypePermissions(
    strapi,
    [`${CM}.read`],
    SKRIBENT_READABLE.filter((uid) => all.includes(uid)),
  );
  // A Skribent sees the förslag their own organisation sent (and their receipts), nothing else from intake.
  const ownForslag = contentTypePermissions(strapi, [`${CM}.read`], [FORSLAG_UID]).map((p) => ({
    ...p,
    conditions: [OWN_ORGANISATION_CONDITION],
  }));
  // A Skribent's media library holds their own files only: replacing or deleting someone else's is not theirs to do.
  const ownUploads = upload.map((p) => (p.action === 'plugin::upload.configure-view' ? p : { ...p, conditions: ['admin::is-creator'] }));
  await assign(strapi, skribentId, [...own, ...ownForslag, ...vocabularies, ...ownUploads]);

  // Förbundsredaktör: insatser and berättelser within their förbund, publishing included (unpublish and
  // discard ride on publish and update); no delete, nothing from intake. cms/src/access/forbundsredaktor-guard.ts
  // holds every write to the same rule.
  const forbundsredaktorId = await ensureRole(strapi, FORBUNDSREDAKTOR_ROLE);
  const inForbund = contentTypePermissions(
    strapi,
    [`${CM}.create`, `${CM}.read`, `${CM}.update`, `${CM}.publish`],
    [INSATS, BERATTELSE],
  ).map((p) => ({ ...p, conditions: [OWN_FORBUND_CONDITION] }));
  const forbundVocabularies = contentTypePermissions(
    strapi,
    [`${CM}.read`],
    FORBUNDSREDAKTOR_READABLE.filter((uid) => all.includes(uid)),
  );
  await assign(strapi, forbundsredaktorId, [...inForbund, ...forbundVocabularies, ...ownUploads]);
}
