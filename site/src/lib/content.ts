/**
 * The pages' one way to the content: the snapshot, read and validated once per build, typed with
 * the shared-schema types and indexed (see site-index.ts).
 *
 * The snapshot is read straight from its file, not through Astro's content layer: the layer would
 * validate every entry a second time, serialise the whole store and import it back as modules,
 * which at 10 000 insatser cost more than rendering all the pages. parseSnapshot (in
 * readSnapshotFile) is the one validation, and a broken snapshot still stops the build.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Snapshot } from '@vg/shared-schema';
import { readSnapshotFile, snapshotPath } from '../content/snapshot-loader.ts';
import { type SiteIndex, siteIndexOf } from './site-index.ts';

/**
 * The validated snapshot of this build, for what needs more than the indexed collections (the
 * guide's flow and its index files). Read once: readSnapshotFile remembers it until the file changes.
 */
export function getSnapshot(): Snapshot {
  const previewed = previewScope.getStore();
  if (previewed) return previewed;
  // Astro builds and serves from the site folder (scripts/src/site/build-site.ts, the bench, the tests).
  return readSnapshotFile(snapshotPath(process.cwd()));
}

// The preview service renders one request's pages from its own snapshot (the published one with a
// draft in it); concurrent previews must not see each other's drafts, hence a scope per call.
const previewScope = new AsyncLocalStorage<Snapshot>();

/** Runs `render` with every page reading `snapshot` instead of the build's file (the preview service). */
export function withSnapshot<T>(snapshot: Snapshot, render: () => Promise<T>): Promise<T> {
  return previewScope.run(snapshot, render);
}

const load = (): SiteIndex => siteIndexOf(getSnapshot());

let cached: SiteIndex | undefined;

/** The indexed site content. Built once per build; in dev it is rebuilt each time so a new pull shows. */
export async function getSite(): Promise<SiteIndex> {
  if (!import.meta.env.PROD || previewScope.getStore()) return load();
  cached ??= load();
  return cached;
}

/** getStaticPaths for a page per entry: the slug in the URL, the documentId to look the entry up by. */
export function pathsBySlug(items: readonly { data: { slug: string; documentId: string } }[]) {
  return items.map((i) => ({ params: { slug: i.data.slug }, props: { documentId: i.data.documentId } }));
}
