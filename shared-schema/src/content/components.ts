/**
 * Shared Strapi components (category `shared`) used by several content types.
 * Their schemas live in `common.ts`; this file pairs each with its component uid,
 * so that code and the contract test can go from `shared.punkt` to its schema.
 */
import { KontaktSchema, PunktSchema } from './common.ts';

/** Component `shared.punkt` ({ text }): one short item in a list (activity, requirement, step, language). */
export const PUNKT_COMPONENT = 'shared.punkt' as const;
/** Component `shared.kontakt` ({ roll, telefon, epost, webb }): how to reach the role behind an insats or förbund. */
export const KONTAKT_COMPONENT = 'shared.kontakt' as const;

/** Schema of `shared.punkt`; the same object as `PunktSchema` in common.ts. */
export const PunktComponentSchema = PunktSchema;
/** Schema of `shared.kontakt`; the same object as `KontaktSchema` in common.ts. */
export const KontaktComponentSchema = KontaktSchema;

/** Every shared component uid → its zod schema (for the contract test and the seed). */
export const SHARED_COMPONENT_SCHEMAS = {
  [PUNKT_COMPONENT]: PunktComponentSchema,
  [KONTAKT_COMPONENT]: KontaktComponentSchema,
} as const;
