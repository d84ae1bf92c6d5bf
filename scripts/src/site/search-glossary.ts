/**
 * The glossary the search index adds aliases from: the begrepp collection of the snapshot the
 * site was built from, the same data /begrepp shows. Only that collection is read and validated:
 * the site build has validated the whole file already, which at 10 000 insatser takes seconds.
 */
import fs from 'node:fs';
import { SnapshotSchema } from '@vg/shared-schema';
import { snapshotPath } from '@vg/site/content/snapshot-loader.ts';
import { type GlossaryEntry, glossaryEntries } from '@vg/site/lib/glossary.ts';
import { bySwedishLabel } from '@vg/site/lib/site-index.ts';
import { SITE_DIR } from '../lib/paths.ts';

const BegreppListSchema = SnapshotSchema.shape.collections.shape.begrepp;

/** The snapshot a site build with `env` reads (SNAPSHOT_PATH, else the site's default), by the site's own rule. */
export const builtSnapshotFile = (env: NodeJS.ProcessEnv = process.env): string => snapshotPath(SITE_DIR, env);

/** The glossary of a parsed snapshot, in the site's order (as /begrepp lists it). */
export function glossaryFromSnapshot(json: unknown, where: string): GlossaryEntry[] {
  const begrepp = BegreppListSchema.safeParse((json as { collections?: { begrepp?: unknown } } | null)?.collections?.begrepp);
  if (!begrepp.success) {
    const issue = begrepp.error.issues[0];
    throw new Error(
      `Sökindexet: begreppen i ${where} följer inte formatet (collections.begrepp.${issue?.path.join('.')}: ${issue?.message}).`,
    );
  }
  return glossaryEntries([...begrepp.data].sort(bySwedishLabel));
}

/** The glossary of a snapshot file. */
export function readGlossary(snapshotFile: string): GlossaryEntry[] {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(snapshotFile, 'utf8'));
  } catch (err) {
    throw new Error(`Sökindexet: ögonblicksbilden ${snapshotFile} gick inte att läsa (${(err as Error).message}).`);
  }
  return glossaryFromSnapshot(json, snapshotFile);
}
