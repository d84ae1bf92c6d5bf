import { z } from 'zod';
import { StrapiEntryBase, slugField } from './common.ts';
import { defineContentType } from './content-type.ts';

export const LIVSSITUATION_UID = 'api::livssituation.livssituation' as const;

/**
 * Livssituation: a situation in life, written the way the visitor would say it
 * ("Jag är sjukskriven och har ingen anställning"). A fixed vocabulary; chains and insatser point to it
 * and the guide uses it to explain why an insats is suggested.
 */
export const LivssituationSchema = z.object({
  ...StrapiEntryBase,
  /** Adressnamn: used in addresses, filters and the guide's rules, e.g. "sjukskriven-utan-anstallning". Required; do not change once in use. */
  slug: slugField,
  /** Namn: the situation in the first person, e.g. "Jag har varit arbetslös länge". Required, at most 120 characters. */
  namn: z
    .string({ error: 'Livssituationen saknar namn.' })
    .min(1, { error: 'Livssituationen saknar namn. Skriv den i jag-form, t.ex. "Jag har varit arbetslös länge".' })
    .max(120, { error: 'Livssituationens namn får vara högst 120 tecken.' }),
  /** Beskrivning: one or two plain-language sentences that explain the situation ("Du …"). Required, at most 500 characters. */
  beskrivning: z
    .string({ error: 'Livssituationen saknar beskrivning.' })
    .min(1, { error: 'Livssituationen saknar beskrivning. Skriv en eller två meningar till besökaren, t.ex. "Du är sjuk och …".' })
    .max(500, { error: 'Beskrivningen får vara högst 500 tecken.' }),
});
export type Livssituation = z.infer<typeof LivssituationSchema>;

export const LIVSSITUATION_TYPE = defineContentType({
  uid: LIVSSITUATION_UID,
  schema: LivssituationSchema,
  kind: 'collection',
  endpoint: 'livssituationer',
  populate: {},
  snapshot: 'livssituationer',
  page: null,
  seed: { file: 'livssituationer.json' },
});
