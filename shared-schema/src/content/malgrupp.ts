import { z } from 'zod';
import { StrapiEntryBase, slugField } from './common.ts';
import { defineContentType } from './content-type.ts';

export const MALGRUPP_UID = 'api::malgrupp.malgrupp' as const;

/**
 * Målgrupp: who an insats is for, e.g. "Sjukskrivna utan anställning". A fixed vocabulary shared by every
 * förbund so that insatser stay comparable; the guide routes visitors by it.
 */
export const MalgruppSchema = z.object({
  ...StrapiEntryBase,
  /** Adressnamn: used in addresses, filters and the guide's rules, e.g. "sjukskrivna-utan-anstallning". Required; do not change once in use. */
  slug: slugField,
  /** Namn: the group's name as visitors see it, e.g. "Unga 19–29 år med aktivitetsersättning". Required, at most 120 characters. */
  namn: z
    .string({ error: 'Målgruppen saknar namn.' })
    .min(1, { error: 'Målgruppen saknar namn. Skriv t.ex. "Sjukskrivna utan anställning".' })
    .max(120, { error: 'Målgruppens namn får vara högst 120 tecken.' }),
  /** Beskrivning: one or two plain-language sentences to the visitor ("Du är …") so they can recognise themselves. Required, at most 500 characters. */
  beskrivning: z
    .string({ error: 'Målgruppen saknar beskrivning.' })
    .min(1, { error: 'Målgruppen saknar beskrivning. Skriv en eller två meningar till besökaren, t.ex. "Du är sjukskriven och …".' })
    .max(500, { error: 'Beskrivningen får vara högst 500 tecken.' }),
});
export type Malgrupp = z.infer<typeof MalgruppSchema>;

export const MALGRUPP_TYPE = defineContentType({
  uid: MALGRUPP_UID,
  schema: MalgruppSchema,
  kind: 'collection',
  endpoint: 'malgrupper',
  populate: {},
  snapshot: 'malgrupper',
  page: null,
  seed: { file: 'malgrupper.json' },
});
