import type { Core } from '@strapi/strapi';
import { BUILD_TOKEN_PREFIX, snapshotReadActions } from '@vg/shared-schema';

/** Strapi's own admin roles besides Super Admin: we did not design them, so they do not stay. */
const DEFAULT_ROLE_CODES = ['strapi-editor', 'strapi-author'];

interface RoleService {
  findOne: (p: object) => Promise<{ id: number } | null>;
  getUsersCount: (id: number) => Promise<number>;
  deleteByIds: (ids: number[]) => Promise<unknown>;
  assignPermissions: (id: number, p: unknown[]) => Promise<unknown>;
}
interface TokenRow {
  id: number;
  name: string;
  type: string | null;
  kind?: string | null;
}
interface TokenService {
  update: (id: number, attrs: object) => Promise<unknown>;
  revoke: (id: number) => Promise<unknown>;
}
interface TransferTokenService {
  list: () => Promise<{ id: number }[]>;
  revoke: (id: number) => Promise<unknown>;
}

/**
 * Removes Strapi's default Editor and Author roles. Their permissions reach
 * every content type (the Editor could create submission keys with a hash it
 * chose). A role that still has users is stripped of every permission instead,
 * so nobody is locked out without a word; the log says who must be moved.
 */
export async function removeDefaultRoles(strapi: Core.Strapi): Promise<void> {
  const roles = strapi.service('admin::role') as unknown as RoleService;
  for (const code of DEFAULT_ROLE_CODES) {
    const role = await roles.findOne({ code });
    if (!role) continue;
    const users = await roles.getUsersCount(role.id);
    if (users === 0) {
      await roles.deleteByIds([role.id]);
      continue;
    }
    await roles.assignPermissions(role.id, []);
    strapi.log.warn(
      `Rollen ${code} har ${users} användare och därför inga behörigheter längre. Ge dem rollen Redaktör eller Skribent och ta bort rollen.`,
    );
  }
}

/**
 * API and transfer tokens exist only as the code defines them: build tokens
 * (named "${BUILD_TOKEN_PREFIX} …", Strapi's `custom` type) that may read exactly
 * what the site is built from. The Read Only and Full Access tokens Strapi makes
 * on first boot, tokens made by hand and transfer tokens are removed; a build
 * token whose permissions were changed in the admin is put back.
 */
export async function enforceTokens(strapi: Core.Strapi): Promise<void> {
  const tokens = (await strapi.db.query('admin::api-token').findMany({ select: ['id', 'name', 'type', 'kind'] })) as TokenRow[];
  const isBuildToken = (t: TokenRow) =>
    t.name.startsWith(BUILD_TOKEN_PREFIX) && t.type === 'custom' && (t.kind ?? 'content-api') === 'content-api';
  const service = strapi.service('admin::api-token-content-api') as unknown as TokenService;
  const unknown = tokens.filter((t) => !isBuildToken(t));
  for (const token of unknown) {
    await strapi.db.query('admin::api-token-permission').deleteMany({ where: { token: { id: token.id } } });
    await service.revoke(token.id);
  }
  if (unknown.length > 0) strapi.log.info(`API-nycklar som inte är bygg-nycklar togs bort: ${unknown.map((t) => t.name).join(', ')}.`);
  const permissions = snapshotReadActions();
  for (const token of tokens.filter(isBuildToken)) await service.update(token.id, { permissions });
  const transfer = (strapi.service('admin::transfer') as unknown as { token: TransferTokenService }).token;
  for (const token of await transfer.list()) await transfer.revoke(token.id);
}
