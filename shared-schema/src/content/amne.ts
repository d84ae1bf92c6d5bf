import { z } from 'zod';
import { StrapiEntryBase, slugField } from './common.ts';
import { defineContentType } from './content-type.ts';

export const AMNE_UID = 'api::amne.amne' as const;

/**
 * A FAQ topic (*ämne*), e.g. "Ersättning och pengar". A controlled vocabulary: no drafts,
 * no translations; every question (`fraga`) belongs to exactly one topic.
 */
export const AmneSchema = z.object({
  ...StrapiEntryBase,
  /** The topic's name as visitors see it, e.g. "Ersättning och pengar". Required, unique, at most 120 characters. */
  namn: z
    .string()
    .min(1, { error: 'Ämnet saknar namn. Skriv ett kort namn, t.ex. "Ersättning och pengar".' })
    .max(120, { error: 'Ämnets namn får vara högst 120 tecken.' }),
  /** Used in addresses and filters, e.g. /fragor?amne=<slug>. Required. */
  slug: slugField,
  /** One sentence on which questions belong here. Optional, at most 300 characters. Default: none. */
  beskrivning: z.string().max(300, { error: 'Ämnets beskrivning får vara högst 300 tecken.' }).nullable().optional(),
});
export type Amne = z.infer<typeof AmneSchema>;

export const AMNE_TYPE = defineContentType({
  uid: AMNE_UID,
  schema: AmneSchema,
  kind: 'collection',
  endpoint: 'amnen',
  populate: {},
  snapshot: 'amnen',
  page: null,
  seed: { file: 'amnen.json' },
});
