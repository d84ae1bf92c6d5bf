import type { Core } from '@strapi/strapi';
import { INTAKE_UIDS, SNAPSHOT_SOURCES, snapshotReadActions } from '@vg/shared-schema';
import { apiContentTypeUids } from './documents';

/**
 * The content types the public may read: exactly what the site is built from
 * (the snapshot's sources). An explicit allow-list, so a new content type — like
 * the intake types förslag, inlämningsnycklar and återkoppling, which hold
 * submitters' contact details and key hashes — stays closed until someone adds it there.
 */
export const PUBLIC_READABLE_UIDS: readonly string[] = SNAPSHOT_SOURCES.map((s) => s.uid);

/** The public role's complete permission list: read published content, nothing else. */
export function publicPermissionActions(strapi: Core.Strapi): string[] {
  const closed = PUBLIC_READABLE_UIDS.filter((uid) => (INTAKE_UIDS as readonly string[]).includes(uid));
  if (closed.length > 0) throw new Error(`${closed.join(', ')} får aldrig vara läsbara för allmänheten.`);
  const existing = apiContentTypeUids(strapi);
  return snapshotReadActions().filter((action) => existing.some((uid) => action.startsWith(`${uid}.`)));
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
