/**
 * The guide index's constants and paths, without zod, so the island can use them without
 * shipping the schema library to the browser (index-schema.ts re-exports them). It imports
 * nothing from the schema: the schema builds on these constants, never the other way round.
 */

/** The index format version; bump it when the shape changes so an old island refuses a new index. */
export const GUIDE_INDEX_VERSION = 2;

/** Where an insats's page lives when its card has no `p` of its own. */
export const INSATS_PATH_PREFIX = '/vagval/';

/** Driftstatus codes kept in the index: only the statuses that exclude an insats are stored. */
export const GUIDE_STATUS = { pausad: 1, avslutad: 2 } as const;

/** Where the island loads the matching index from. */
export const GUIDE_INDEX_PATH = '/hitta-ratt/guide-index.json';

/** The file name (without `.json`) of the cards for digital/national insatser. */
export const DIGITAL_CARD_FILE = 'digital';

/** The card file for the insatser offered in one län: "lan-05". */
export const lanCardFile = (lanskod: string): string => `lan-${lanskod}`;

/** Where the island loads a card file from: a lanCardFile name or DIGITAL_CARD_FILE. */
export const cardFilePath = (name: string): string => `/hitta-ratt/kort/${name}.json`;

/** What insatsPath reads of a result card (GuideCard in index-schema.ts): its slug and its own path, if any. */
export interface InsatsPathParts {
  s: string;
  p?: string | undefined;
}

/** The page of an insats, from its card. */
export const insatsPath = (card: InsatsPathParts): string => card.p ?? `${INSATS_PATH_PREFIX}${card.s}`;
