import type { Core } from '@strapi/strapi';
import { apiContentTypeUids } from './documents';

const PUBLIC_ACTIONS = ['find', 'findOne'] as const;

/** The public role's complete permission list: read published content, nothing else. */
export function publicPermissionActions(strapi: Core.Strapi): string[] {
  return apiContentTypeUids(strapi).flatMap((uid) => PUBLIC_ACTIONS.map((action) => `${uid}.${action}`));
}

/**
 * Makes the public (unauthenticated) role's permissions exactly `find`/`findOne`
 * on our content types, removing anything else (e.g. added by hand in the admin),
 * so a write can never be opened by accident. Idempotent.
 */
export async function configurePublicPermissions(strapi: Core.Strapi): Promise<void> {
  const role = (await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } })) as { id: number } | null;
  if (!role) throw new Error('Den publika rollen (users-permissions "public") saknas — Strapi har inte startat färdigt.');
  const wanted = new Set(publicPermissionActions(strapi));
  const existing = (await strapi.db.query('plugin::users-permissions.permission').findMany({ where: { role: role.id } })) as {
    id: number;
    action: string;
  }[];
  const stale = existing.filter((p) => !wanted.has(p.action));
  if (stale.length > 0) {
    await strapi.db.query('plugin::users-permissions.permission').deleteMany({ where: { id: { $in: stale.map((p) => p.id) } } });
  }
  const have = new Set(existing.map((p) => p.action));
  for (const action of wanted) {
    if (!have.has(action)) await strapi.db.query('plugin::users-permissions.permission').create({ data: { action, role: role.id } });
  }
}
