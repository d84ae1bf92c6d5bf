import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { BERATTELSE_UID, FORBUND_UID, INSATS_UID, ORGANISATION_UID } from '@vg/shared-schema';
import { FORBUNDSREDAKTOR_ROLE, REDAKTOR_ROLE } from '../bootstrap/editorial-roles';
import { type AdminUser, type GuardContext, READS } from './document-guard';
import { berattelseInScope, type ForbundArea, forbundAreasForUser, insatsInScope, organisationMayBeWithin } from './forbund-scope';
import { relationRefs } from './skribent-guard';

/** What a Förbundsredaktör may do to an insats or berättelse within their förbund. Delete is not here. */
const WRITES = new Set(['create', 'update', 'clone', 'publish', 'unpublish', 'discardDraft']);
/** Writes that carry data (relation inputs) to check before the write. */
const WITH_DATA = new Set(['create', 'update', 'clone']);
/** Roles that see everything: a Förbundsredaktör who also has one of them is not limited. */
const UNLIMITED = new Set([REDAKTOR_ROLE.code, 'strapi-super-admin']);
/** Insats relations whose other end is an insats: linking one changes that insats too (`delar` ↔ `forelder`). */
const INSATS_TO_INSATS = { forelder: 'Del av programmet', delar: 'Delar' } as const;

const refused = (message: string) => new errors.PolicyError(message);
const MESSAGES = {
  onlyThese:
    'Som förbundsredaktör kan du skapa, ändra och publicera insatser och berättelser i ditt samordningsförbund. Annat innehåll ändrar redaktionen.',
  noDelete: 'Som förbundsredaktör kan du inte ta bort poster. Avpublicera posten i stället, eller be redaktionen ta bort den.',
  noForbund:
    'Du är inte kopplad till något samordningsförbund ännu. Be redaktionen lägga till dig under Samordningsförbund → "Förbundsredaktörer".',
  notYourInsats: 'Insatsen hör inte till ditt samordningsförbund. Du kan bara ändra insatser från organisationer i ditt förbund.',
  notYourStory: 'Berättelsen hör inte till ditt samordningsförbund. Du kan bara ändra berättelser om insatser i ditt förbund.',
  chooseOrganisation: 'Välj en organisation i ditt förbund under "Organisation som driver insatsen" innan du sparar.',
  organisationOutside:
    'Organisationen hör inte till ditt samordningsförbund (fältet "Organisation som driver insatsen"). Välj en organisation i förbundets kommuner eller en av förbundets medlemmar.',
  forbundOutside: 'Du kan bara välja ditt eget förbund under "Samordningsförbund", eller lämna fältet tomt.',
  linkInsats: (label: string) => `Du kan bara koppla ihop insatser i ditt samordningsförbund (fältet "${label}").`,
  chooseInsats: 'Koppla berättelsen till minst en insats i ditt förbund under "Insatser" innan du sparar.',
  storyInsatsOutside: 'Du kan bara koppla berättelsen till insatser i ditt samordningsförbund (fältet "Insatser").',
  insatsLeaves:
    'Insatsen skulle hamna utanför ditt samordningsförbund och sparades inte. En medlem utanför förbundets kommuner, som Försäkringskassan, Arbetsförmedlingen eller regionen, räknas bara när "Samordningsförbund" är ditt förbund.',
  storyLeaves:
    'Berättelsen skulle hamna utanför ditt samordningsförbund och sparades inte: den måste vara kopplad till minst en insats i förbundet och bara till sådana (fältet "Insatser").',
};

/** A user held to the förbund: has the Förbundsredaktör role and no role that sees everything. */
function isLimitedForbundsredaktor(user: AdminUser | undefined): user is AdminUser {
  const codes = user?.roles?.map((r) => r.code) ?? [];
  return codes.includes(FORBUNDSREDAKTOR_ROLE.code) && !codes.some((c) => UNLIMITED.has(c));
}

/** The organisations named (by id or documentId) with their kommun; an unknown reference gives null. */
async function organisations(strapi: Core.Strapi, refs: (number | string)[]): Promise<({ id: number; kommunId: number | null } | null)[]> {
  return Promise.all(
    refs.map(async (ref) => {
      const where = typeof ref === 'number' ? { id: ref } : { documentId: ref };
      const row = (await strapi.db.query(ORGANISATION_UID).findOne({
        where,
        select: ['id'],
        populate: { kommun: { select: ['id'] } },
      })) as { id: number; kommun: { id: number } | null } | null;
      return row ? { id: row.id, kommunId: row.kommun?.id ?? null } : null;
    }),
  );
}

/** The förbund ids named (by id or documentId); an unknown reference gives -1, which is nobody's. */
async function forbundIds(strapi: Core.Strapi, refs: (number | string)[]): Promise<number[]> {
  return Promise.all(
    refs.map(async (ref) => {
      const where = typeof ref === 'number' ? { id: ref } : { documentId: ref };
      const row = (await strapi.db.query(FORBUND_UID).findOne({ where, select: ['id'] })) as { id: number } | null;
      return row?.id ?? -1;
    }),
  );
}

async function allInsatserInScope(strapi: Core.Strapi, areas: ForbundArea[], refs: (number | string)[]): Promise<boolean> {
  for (const ref of refs) if (!(await insatsInScope(strapi, areas, ref))) return false;
  return true;
}

/** Refuses, before the write, an insats change that names anything outside the förbund (every relation shape). */
async function checkInsats(strapi: Core.Strapi, context: GuardContext, areas: ForbundArea[]): Promise<void> {
  const { action, params } = context;
  if (action !== 'create') {
    const documentId = params.documentId;
    if (typeof documentId !== 'string' || !(await insatsInScope(strapi, areas, documentId))) throw refused(MESSAGES.notYourInsats);
  }
  if (!WITH_DATA.has(action)) return;
  const data = (params.data ?? {}) as Record<string, unknown>;
  const organisation = relationRefs(data.organisation);
  if (action === 'create' && organisation.refs.length === 0) throw refused(MESSAGES.chooseOrganisation);
  const named = await organisations(strapi, organisation.refs);
  if (named.some((o) => o === null || !organisationMayBeWithin(areas, o))) throw refused(MESSAGES.organisationOutside);
  const forbund = await forbundIds(strapi, relationRefs(data.forbund).refs);
  if (forbund.some((id) => !areas.some((a) => a.id === id))) throw refused(MESSAGES.forbundOutside);
  for (const [field, label] of Object.entries(INSATS_TO_INSATS)) {
    if (!(await allInsatserInScope(strapi, areas, relationRefs(data[field]).refs))) throw refused(MESSAGES.linkInsats(label));
  }
}

/** Refuses, before the write, a berättelse change that names an insats outside the förbund. */
async function checkBerattelse(strapi: Core.Strapi, context: GuardContext, areas: ForbundArea[]): Promise<void> {
  const { action, params } = context;
  if (action !== 'create') {
    const documentId = params.documentId;
    if (typeof documentId !== 'string' || !(await berattelseInScope(strapi, areas, documentId))) throw refused(MESSAGES.notYourStory);
  }
  if (!WITH_DATA.has(action)) return;
  const insatser = relationRefs(((params.data ?? {}) as Record<string, unknown>).insatser);
  if (action === 'create' && insatser.refs.length === 0) throw refused(MESSAGES.chooseInsats);
  if (!(await allInsatserInScope(strapi, areas, insatser.refs))) throw refused(MESSAGES.storyInsatsOutside);
}

/**
 * The Förbundsredaktör role by allow-list, at the document service — the one place every
 * path (content manager, clone, bulk actions, history, custom routes) resolves data through.
 * A Förbundsredaktör may read (the RBAC condition narrows what), and may create, update,
 * clone, publish, unpublish and discard insatser and berättelser within their förbund
 * (cms/src/access/forbund-scope.ts). Everything else is refused here, whatever route asked.
 *
 * Two checks: the input (every relation shape: ids, documentIds, connect/set/disconnect)
 * before the write, for a specific message; and the saved result after it, in the same
 * transaction — an entry that would end up outside the förbund by any path is rolled back,
 * and Strapi's events (webhooks, rebuilds) fire only on commit, so nothing leaks out.
 */
export function registerForbundsredaktorGuard(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const user = strapi.requestContext.get()?.state?.user as AdminUser | undefined;
    if (!isLimitedForbundsredaktor(user) || !context.uid.startsWith('api::') || READS.has(context.action)) return next();
    const uid = context.uid as string;
    if (uid !== INSATS_UID && uid !== BERATTELSE_UID) throw refused(MESSAGES.onlyThese);
    if (!WRITES.has(context.action)) throw refused(context.action === 'delete' ? MESSAGES.noDelete : MESSAGES.onlyThese);
    const areas = await forbundAreasForUser(strapi, user.id);
    if (areas.length === 0) throw refused(MESSAGES.noForbund);
    const guarded = context as unknown as GuardContext;
    if (uid === INSATS_UID) await checkInsats(strapi, guarded, areas);
    else await checkBerattelse(strapi, guarded, areas);
    return strapi.db.transaction(async () => {
      const result = await next();
      // create and clone make a new document; the other writes keep the one they name.
      const written =
        guarded.action === 'create' || guarded.action === 'clone'
          ? (result as { documentId?: unknown } | null)?.documentId
          : guarded.params.documentId;
      const within =
        typeof written === 'string' &&
        (uid === INSATS_UID ? await insatsInScope(strapi, areas, written) : await berattelseInScope(strapi, areas, written));
      if (!within) throw refused(uid === INSATS_UID ? MESSAGES.insatsLeaves : MESSAGES.storyLeaves);
      return result;
    });
  });
}
