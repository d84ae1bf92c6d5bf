import type { Core } from '@strapi/strapi';
import { SNAPSHOT_SOURCES } from '@vg/shared-schema';

/** Sent as GitHub's repository_dispatch `event_type`; the local rebuild service accepts it too. */
export const REBUILD_EVENT_TYPE = 'valfardsguiden-innehall-andrat';

interface EntryEvent {
  uid?: string;
  entry?: { publishedAt?: string | null };
}

/** What the site is built from: nothing else (förslag, feedback, keys, users) can change a page. */
const SNAPSHOT_UIDS = new Set(SNAPSHOT_SOURCES.map((s) => s.uid));

/**
 * Changes visitors can see, in the types the snapshot reads: publish, unpublish, and
 * delete of a published version. Types without draft & publish are live on save, so
 * for them (their versions carry publishedAt) create and update count too; a draft
 * save or the deletion of a never-published draft does not.
 */
export function isPublicChange(event: string, payload: EntryEvent | undefined): boolean {
  if (!payload?.uid || !SNAPSHOT_UIDS.has(payload.uid)) return false;
  if (event === 'entry.publish' || event === 'entry.unpublish') return true;
  if (event === 'entry.delete' || event === 'entry.update' || event === 'entry.create') return Boolean(payload.entry?.publishedAt);
  return false;
}

/**
 * Tells the site's builder that published content changed, by POSTing to
 * VG_REBUILD_WEBHOOK_URL: the local rebuild service, or GitHub's
 * repository_dispatch API in production. Strapi's own webhooks cannot be used
 * for GitHub because their body is fixed and GitHub requires `event_type`.
 * Failures are logged, never thrown: publishing must not fail because a
 * builder is down (the next change, or a manual build, catches up).
 */
export function registerRebuildNotifier(strapi: Core.Strapi, env: NodeJS.ProcessEnv = process.env): void {
  const url = env.VG_REBUILD_WEBHOOK_URL;
  if (!url) return;
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/vnd.github+json' };
  if (env.VG_REBUILD_WEBHOOK_SECRET) headers['x-vg-webhook-secret'] = env.VG_REBUILD_WEBHOOK_SECRET;
  if (env.VG_REBUILD_WEBHOOK_AUTHORIZATION) headers.authorization = env.VG_REBUILD_WEBHOOK_AUTHORIZATION;
  strapi.eventHub.subscribe(async (event: string, payload?: EntryEvent) => {
    if (!isPublicChange(event, payload)) return;
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers,
        body: JSON.stringify({ event_type: REBUILD_EVENT_TYPE, client_payload: { event, uid: payload?.uid } }),
        signal: AbortSignal.timeout(10_000),
      });
      if (!res.ok) strapi.log.warn(`Ombyggnadssignalen fick svar ${res.status} från ${new URL(url).host}.`);
    } catch (err) {
      strapi.log.warn(`Ombyggnadssignalen nådde inte ${new URL(url).host}: ${(err as Error).message}`);
    }
  });
}
