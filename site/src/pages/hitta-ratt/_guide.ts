/**
 * The snapshot the guide's endpoints build from: the same file the content layer reads
 * (SNAPSHOT_PATH or the default), parsed once per build. The guide flow is a single type the
 * content collections do not carry, so the endpoints read the snapshot themselves.
 * (The underscore keeps Astro from treating this file as a page.)
 */
import type { Snapshot } from '@vg/shared-schema';
import { readSnapshotFile, snapshotPath } from '../../content/snapshot-loader.ts';

let cached: Snapshot | undefined;

/** The validated snapshot for this build. The build runs in the site folder. */
export function guideSnapshot(): Snapshot {
  cached ??= readSnapshotFile(snapshotPath(process.cwd()));
  return cached;
}
