import { z } from 'zod';
import { ENTRY_PATHS } from '../paths.ts';
import { PunktSchema, ReviewFields, StrapiEntryBase, slugField } from './common.ts';
import { defineContentType } from './content-type.ts';

export const BEGREPP_UID = 'api::begrepp.begrepp' as const;

/**
 * A glossary term (*begrepp*), e.g. "SIP" or "aktivitetsersättning", explained in plain language.
 * Aliases (abbreviations, everyday words) make the term findable in search.
 */
export const BegreppSchema = z.object({
  ...StrapiEntryBase,
  /** The word being explained, e.g. "Samordnad individuell plan (SIP)". Required, at most 120 characters. */
  term: z
    .string()
    .min(1, { error: 'Begreppet saknar term. Skriv ordet som ska förklaras.' })
    .max(120, { error: 'Termen får vara högst 120 tecken.' }),
  /** Last part of the page address: /begrepp/<slug>. Required. */
  slug: slugField,
  /** The explanation in plain language, one to three sentences. Required, at most 600 characters. */
  definition: z
    .string()
    .min(1, { error: 'Förklaringen saknas. Förklara begreppet i klarspråk med en till tre meningar.' })
    .max(600, { error: 'Förklaringen får vara högst 600 tecken. Korta ner den till en till tre meningar.' }),
  /** Other names that should find this term in search, e.g. "FK" or "soc"; one per item, no repeats. Default: empty list. */
  alias: z
    .array(PunktSchema)
    .default([])
    .superRefine((alias, ctx) => {
      const seen = new Set<string>();
      alias.forEach((a, i) => {
        const key = a.text.trim().toLocaleLowerCase('sv');
        if (seen.has(key)) {
          ctx.addIssue({ code: 'custom', path: [i, 'text'], message: `Aliaset "${a.text}" finns redan. Ta bort dubbletten.` });
        }
        seen.add(key);
      });
    }),
  ...ReviewFields,
});
export type Begrepp = z.infer<typeof BegreppSchema>;

export const BEGREPP_TYPE = defineContentType({
  uid: BEGREPP_UID,
  schema: BegreppSchema,
  kind: 'collection',
  endpoint: 'begreppen',
  populate: { alias: true },
  snapshot: 'begrepp',
  page: ENTRY_PATHS.begrepp,
  seed: { file: 'begrepp.json' },
});
