/**
 * The bridge from the content snapshot (made by `pnpm pull`) to Astro's content layer.
 *
 * The site never talks to the CMS: every page is built from one snapshot file. The file is
 * read and validated once per build (parseSnapshot), then each collection's loader stores
 * its items, keyed by the CMS documentId (or, for the two single types, by their name).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  parseSnapshot,
  SNAPSHOT_COLLECTIONS,
  SNAPSHOT_SINGLES,
  type Snapshot,
  type SnapshotCollectionName,
  SnapshotError,
  type SnapshotSingleName,
  snapshotItem,
} from '@vg/shared-schema';
import type { Loader } from 'astro/loaders';

/** Where `pnpm pull` writes the snapshot, relative to the site folder. */
export const DEFAULT_SNAPSHOT_PATH = 'content/snapshot.json';

/** The snapshot file to build from: `SNAPSHOT_PATH` (absolute, or relative to the site folder) or the default. */
export function snapshotPath(siteDir: string, env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.SNAPSHOT_PATH?.trim();
  return path.resolve(siteDir, configured ? configured : DEFAULT_SNAPSHOT_PATH);
}

/** Reads and validates a snapshot file; every failure says which file and what to do. */
export function readSnapshotFile(file: string): Snapshot {
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

// Fourteen collections read the same file: parse it once per build (and again only when it changes).
let cached: { file: string; mtimeMs: number; snapshot: Snapshot } | undefined;

function loadSnapshot(root: URL): Snapshot {
  const file = snapshotPath(fileURLToPath(root));
  const mtimeMs = fs.existsSync(file) ? fs.statSync(file).mtimeMs : -1;
  if (cached?.file === file && cached.mtimeMs === mtimeMs) return cached.snapshot;
  const snapshot = readSnapshotFile(file);
  cached = { file, mtimeMs, snapshot };
  return snapshot;
}

/** A loader for one snapshot collection; the entry id is the CMS documentId. */
export function snapshotCollectionLoader<K extends SnapshotCollectionName>(name: K) {
  return {
    name: `snapshot-${name}`,
    schema: snapshotItem(SNAPSHOT_COLLECTIONS[name]),
    load: async ({ store, config, parseData, generateDigest, logger }) => {
      const items = loadSnapshot(config.root).collections[name];
      // Clear first: an entry removed from the CMS must disappear from the site.
      store.clear();
      for (const item of items) {
        const id = item.data.documentId;
        const data = await parseData({ id, data: item as Record<string, unknown> });
        store.set({ id, data, digest: generateDigest(data) });
      }
      logger.info(`${items.length} ${name}`);
    },
  } satisfies Loader;
}

/** A loader for one single type (startsida, tillgänglighetsredogörelse); its one entry's id is the single's name. */
export function snapshotSingleLoader<K extends SnapshotSingleName>(name: K) {
  return {
    name: `snapshot-${name}`,
    schema: snapshotItem(SNAPSHOT_SINGLES[name]),
    load: async ({ store, config, parseData, generateDigest }) => {
      const item = loadSnapshot(config.root).singles[name];
      store.clear();
      if (!item) return;
      const data = await parseData({ id: name, data: item as Record<string, unknown> });
      store.set({ id: name, data, digest: generateDigest(data) });
    },
  } satisfies Loader;
}
