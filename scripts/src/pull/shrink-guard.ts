import fs from 'node:fs';
import { MaxShrinkSchema, SNAPSHOT_FORMAT } from '@vg/shared-schema';
import { z } from 'zod';
import { UserError } from '../lib/processes.ts';

/** Refused: a collection lost more than the allowed share of its entries since the previous snapshot. */
export class SnapshotShrinkError extends UserError {
  override name = 'SnapshotShrinkError';
}

/** Just enough of a snapshot to count its collections, in any format version: a version bump must not switch the guard off. */
const CountableSnapshotSchema = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  collections: z.record(z.string(), z.array(z.unknown())),
});

/**
 * Entries per collection in the snapshot at `file`, or undefined when there is nothing to
 * compare with: no file yet (the first pull, the demo) or a file that is not a snapshot, which
 * the new one then replaces.
 */
export function previousCounts(file: string): Record<string, number> | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = CountableSnapshotSchema.safeParse(json);
  if (!parsed.success) return undefined;
  return Object.fromEntries(Object.entries(parsed.data.collections).map(([name, items]) => [name, items.length]));
}

export interface Shrink {
  collection: string;
  before: number;
  after: number;
}

/** Collections (present in both) that lost more than `maxShare` (0–1) of their entries. */
export function findShrinks(before: Record<string, number>, after: Record<string, number>, maxShare: number): Shrink[] {
  const share = MaxShrinkSchema('VG_PULL_MAX_SHRINK').parse(maxShare);
  return Object.entries(before)
    .filter(([collection, count]) => count > 0 && collection in after && (count - (after[collection] ?? 0)) / count > share)
    .map(([collection, count]) => ({ collection, before: count, after: after[collection] ?? 0 }));
}

const percent = (share: number) => `${(share * 100).toLocaleString('sv-SE', { maximumFractionDigits: 1 })} %`;

/**
 * Throws SnapshotShrinkError, naming each collection and its counts, when the new snapshot
 * would lose more than `maxShare` of any collection compared with the one at `file`. A pull
 * that silently lost content (a token that lost a permission, a half-done import, a mass
 * unpublish by mistake) would otherwise take those pages off the site at the next build.
 */
export function refuseShrink(file: string, after: Record<string, number>, maxShare: number): void {
  const before = previousCounts(file);
  if (!before) return;
  const shrinks = findShrinks(before, after, maxShare);
  if (shrinks.length === 0) return;
  const lines = shrinks.map(
    (s) =>
      `  - samlingen "${s.collection}" har ${s.after} poster mot ${s.before} i den förra (−${percent((s.before - s.after) / s.before)}, gränsen är ${percent(maxShare)})`,
  );
  throw new SnapshotShrinkError(
    `Ögonblicksbilden skrevs inte — den förra (${file}) finns kvar:\n${lines.join('\n')}\n` +
      'Kontrollera att innehållet är avpublicerat eller borttaget med avsikt och att CMS_TOKEN får läsa allt. Är minskningen avsiktlig, kör igen med --allow-shrink (gränsen ändras med VG_PULL_MAX_SHRINK).',
  );
}
