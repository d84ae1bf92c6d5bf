/**
 * The body of `/hitta-ratt/guide-index.json`: the guide index for a snapshot, checked against
 * the schema the island validates with, as compact JSON. Pure, so the Astro endpoint only has
 * to call it with the snapshot and return the string.
 */
import type { Snapshot } from '@vg/shared-schema';
import { buildGuideIndex, GuideIndexError } from './build-guide-index.ts';
import { type GuideIndex, GuideIndexSchema } from './guide-index-schema.ts';

/** Where the island loads the index from. */
export const GUIDE_INDEX_PATH = '/hitta-ratt/guide-index.json';

/**
 * The guide index as the island will receive it: built, validated with GuideIndexSchema (so a
 * bad index fails the build, not a visitor's browser) and serialised without whitespace.
 */
export function guideIndexJson(snapshot: Snapshot): string {
  return JSON.stringify(validGuideIndex(snapshot));
}

/** The guide index for a snapshot, validated. Throws GuideIndexError with every problem found. */
export function validGuideIndex(snapshot: Snapshot): GuideIndex {
  const parsed = GuideIndexSchema.safeParse(buildGuideIndex(snapshot));
  if (!parsed.success) {
    const lines = parsed.error.issues.slice(0, 20).map((i) => `  - ${i.path.join('.')}: ${i.message}`);
    throw new GuideIndexError(`Guidens index följer inte formatet:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
