/**
 * The three constants the engine needs from shared-schema, repeated here without zod: the
 * engine ships in the browser inside the Hitta rätt island, and importing them from
 * `@vg/shared-schema` pulls every zod schema into the bundle (≈ 45 KB gzip, half the island's
 * budget). vocabulary.test.ts fails if they ever differ from shared-schema's.
 */

/** Kinds of support, in shared-schema's order (a stödform id in the index is a position here). */
export const STODFORMER = ['arbetstraning', 'praktik', 'studier', 'sprak', 'halsa', 'friskvard', 'vagledning', 'samordning'] as const;

/** The most hours a week the hours question accepts. */
export const GUIDE_MAX_TIMMAR = 40;

/** A kommun's SCB code: four digits. */
export const KOMMUNKOD_PATTERN = /^[0-9]{4}$/;
