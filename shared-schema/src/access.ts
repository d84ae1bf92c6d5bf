import { SNAPSHOT_SOURCES } from './snapshot.ts';

/**
 * Build tokens are the only API tokens the CMS keeps: every token whose name does
 * not start with this (and every token that is not of Strapi's `custom` type) is
 * removed at start-up. Each token gets its own name (the prefix and when it was made),
 * so a new one can be created before the old one is revoked.
 */
export const BUILD_TOKEN_PREFIX = 'Webbplatsbygge';

/** The name of the token `scripts/vg start` makes for its own pulls; it replaces the one from its previous run. */
export const LOCAL_START_TOKEN_NAME = `${BUILD_TOKEN_PREFIX} – lokal start`;

/**
 * The content-API actions that read what the site is built from: `find` and
 * `findOne` of each collection the snapshot reads, `find` of each single type
 * (Strapi has no findOne for those). The public role and the build token get
 * exactly these, and nothing else.
 */
export function snapshotReadActions(): string[] {
  return SNAPSHOT_SOURCES.flatMap((s) => (s.kind === 'collection' ? ['find', 'findOne'] : ['find']).map((a) => `${s.uid}.${a}`));
}
