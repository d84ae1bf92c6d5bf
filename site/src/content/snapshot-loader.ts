/**
 * Reading the content snapshot (made by `pnpm pull`) that every page is built from.
 *
 * The site never talks to the CMS: every page is built from one snapshot file, read and
 * validated (parseSnapshot) once per build. The content pages (lib/content.ts) and the guide's
 * endpoints read the same file, so a read is remembered until the file changes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseSnapshot, type Snapshot, SnapshotError } from '@vg/shared-schema';

/** Where `pnpm pull` writes the snapshot, relative to the site folder. */
export const DEFAULT_SNAPSHOT_PATH = 'content/snapshot.json';

/** The snapshot file to build from: `SNAPSHOT_PATH` (absolute, or relative to the site folder) or the default. */
export function snapshotPath(siteDir: string, env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.SNAPSHOT_PATH?.trim();
  return path.resolve(siteDir, configured ? configured : DEFAULT_SNAPSHOT_PATH);
}

// The last file read: parsing and validating 40 MB at 10 000 insatser takes seconds, and the
// pages and the guide ask for the same file in one build. A changed file (a new pull) is read again.
let remembered: { file: string; mtimeMs: number; size: number; snapshot: Snapshot } | undefined;

/**
 * Reads and validates a snapshot file; every failure says which file and what to do. The result
 * is shared between callers until the file changes: treat it as read-only.
 */
export function readSnapshotFile(file: string): Snapshot {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (stat && remembered?.file === file && remembered.mtimeMs === stat.mtimeMs && remembered.size === stat.size) {
    return remembered.snapshot;
  }
  const snapshot = parseSnapshotFile(file);
  if (stat) remembered = { file, mtimeMs: stat.mtimeMs, size: stat.size, snapshot };
  return snapshot;
}

function parseSnapshotFile(file: string): Snapshot {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new SnapshotError(
        `Ögonblicksbilden av innehållet finns inte: ${file}. Hämta innehållet från CMS:et med "pnpm pull", ` +
          'eller bygg från testdatat med SNAPSHOT_PATH=test/fixtures/snapshot.json.',
      );
    }
    throw new SnapshotError(`Ögonblicksbilden ${file} gick inte att läsa: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new SnapshotError(`Ögonblicksbilden ${file} är inte giltig JSON (${(error as Error).message}). Hämta den igen med "pnpm pull".`);
  }
  return parseSnapshot(json, `Ögonblicksbilden ${file}`);
}
