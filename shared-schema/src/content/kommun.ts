import { z } from 'zod';
import { KOMMUNKOD_PATTERN } from '../vocabulary.ts';
import { StrapiEntryBase, slugField } from './common.ts';
import { defineContentType } from './content-type.ts';

export const KOMMUN_UID = 'api::kommun.kommun' as const;

/** SCB's county code: two digits (05 = Östergötlands län). */
export const LANSKOD_PATTERN = /^[0-9]{2}$/;

/** The county code as a field of its own; also used by `forbund.lan`. */
export const LanskodSchema = z
  .string({ error: 'Länskoden saknas. Skriv länets två siffror, t.ex. "05" för Östergötlands län.' })
  .regex(LANSKOD_PATTERN, { error: 'Länskoden ska vara två siffror, t.ex. "05" för Östergötlands län.' });

/**
 * Kommun: one of Sweden's 290 municipalities. A fixed vocabulary (no drafts, no translations) that
 * insatser, förbund and organisationer point to, and that the guide's "Vilken kommun bor du i?" lists.
 */
export const KommunSchema = z
  .object({
    ...StrapiEntryBase,
    /** Kommunkod: SCB's four-digit code, e.g. "0580" for Linköping. Unique and required; a string, so the leading zero stays. No default. */
    kod: z
      .string({ error: 'Kommunkoden saknas. Skriv SCB:s fyrsiffriga kod, t.ex. "0580" för Linköping.' })
      .regex(KOMMUNKOD_PATTERN, { error: 'Kommunkoden ska vara fyra siffror, t.ex. "0580" för Linköping.' }),
    /** Namn: the municipality's name without the word "kommun", e.g. "Linköping". Required, at most 120 characters. */
    namn: z
      .string({ error: 'Kommunen saknar namn.' })
      .min(1, { error: 'Kommunen saknar namn. Skriv namnet utan ordet "kommun", t.ex. "Linköping".' })
      .max(120, { error: 'Kommunens namn får vara högst 120 tecken.' }),
    /** Adressnamn: used in addresses and filters, e.g. "linkoping". Required; made from the name. */
    slug: slugField,
    /** Län: the county's name, e.g. "Östergötlands län". Required; the seed fills it in from the county code. */
    lan: z
      .string({ error: 'Länets namn saknas.' })
      .min(1, { error: 'Länets namn saknas. Skriv t.ex. "Östergötlands län".' })
      .max(120, { error: 'Länets namn får vara högst 120 tecken.' }),
    /** Länskod: the county's two-digit code, e.g. "05". Required; must equal the first two digits of `kod`. */
    lanskod: LanskodSchema,
  })
  .refine((k) => k.kod.slice(0, 2) === k.lanskod, {
    path: ['lanskod'],
    // Only compare two well-formed codes; a malformed one already has its own message.
    when: ({ value }) => {
      const k = value as { kod?: unknown; lanskod?: unknown } | undefined;
      return (
        typeof k?.kod === 'string' && KOMMUNKOD_PATTERN.test(k.kod) && typeof k.lanskod === 'string' && LANSKOD_PATTERN.test(k.lanskod)
      );
    },
    error: (issue) => {
      const k = issue.input as { kod?: string; lanskod?: string } | undefined;
      return `Länskoden "${k?.lanskod ?? ''}" stämmer inte med kommunkoden "${k?.kod ?? ''}". De två första siffrorna i kommunkoden är länskoden.`;
    },
  });
export type Kommun = z.infer<typeof KommunSchema>;

export const KOMMUN_TYPE = defineContentType({
  uid: KOMMUN_UID,
  schema: KommunSchema,
  kind: 'collection',
  endpoint: 'kommuner',
  populate: {},
  snapshot: 'kommuner',
  page: null,
  seed: { file: 'kommuner.json', key: 'kod' },
});
