/**
 * The bodies of `/hitta-ratt/guide-index.json` and `/hitta-ratt/kort/<name>.json`: the guide
 * index and card files for a snapshot, checked against the schemas (so a bad index fails the
 * build, not a visitor's browser), as compact JSON. Pure, so the Astro endpoints only have to
 * call these with the snapshot and return the string.
 */
import { buildGuide, GuideIndexError, type GuideSource } from './build-index.ts';
import { type GuideCardFile, GuideCardFileSchema, type GuideIndex, GuideIndexSchema } from './index-schema.ts';

/** The validated index and card files for a snapshot. */
export interface ValidGuide {
  readonly index: GuideIndex;
  readonly cards: ReadonlyMap<string, GuideCardFile>;
}

const cache = new WeakMap<GuideSource, ValidGuide>();

function problems(what: string, issues: readonly { path: readonly PropertyKey[]; message: string }[]): GuideIndexError {
  const lines = issues.slice(0, 20).map((i) => `  - ${i.path.map(String).join('.')}: ${i.message}`);
  return new GuideIndexError(`${what} följer inte formatet:\n${lines.join('\n')}`);
}

/**
 * The guide index and card files for a snapshot, validated. Throws GuideIndexError with every
 * problem found. Built once per snapshot object (the endpoints for 290 card files share it).
 */
export function validGuide(snapshot: GuideSource): ValidGuide {
  const hit = cache.get(snapshot);
  if (hit) return hit;
  const built = buildGuide(snapshot);
  const parsed = GuideIndexSchema.safeParse(built.index);
  if (!parsed.success) throw problems('Guidens index', parsed.error.issues);
  const cards = new Map<string, GuideCardFile>();
  for (const [name, file] of built.cards) {
    const card = GuideCardFileSchema.safeParse(file);
    if (!card.success) throw problems(`Guidens kortfil "${name}"`, card.error.issues);
    for (const id of Object.keys(card.data.c)) {
      if (Number(id) >= parsed.data.i.length)
        throw new GuideIndexError(`Guidens kortfil "${name}" har ett kort för insats ${id}, som inte finns i indexet.`);
    }
    cards.set(name, card.data);
  }
  const valid = { index: parsed.data, cards };
  cache.set(snapshot, valid);
  return valid;
}

/** The guide index for a snapshot, validated. Throws GuideIndexError with every problem found. */
export function validGuideIndex(snapshot: GuideSource): GuideIndex {
  return validGuide(snapshot).index;
}

/** The guide index as the island will receive it: built, validated and serialised without whitespace. */
export function guideIndexJson(snapshot: GuideSource): string {
  return JSON.stringify(validGuideIndex(snapshot));
}

/** The names of the card files for a snapshot (kommun codes and DIGITAL_CARD_FILE), in order. */
export function guideCardFileNames(snapshot: GuideSource): string[] {
  return [...validGuide(snapshot).cards.keys()];
}

/** One card file as the island will receive it. Throws GuideIndexError when there is no such file. */
export function guideCardFileJson(snapshot: GuideSource, name: string): string {
  const file = validGuide(snapshot).cards.get(name);
  if (!file) throw new GuideIndexError(`Guiden har ingen kortfil "${name}".`);
  return JSON.stringify(file);
}
