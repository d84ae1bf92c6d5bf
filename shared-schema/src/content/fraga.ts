import { z } from 'zod';
import { BlocksSchema } from '../blocks.ts';
import { ENTRY_PATHS } from '../paths.ts';
import { RelationRef, ReviewFields, StrapiEntryBase, slugField } from './common.ts';
import { defineContentType, REF_POPULATE } from './content-type.ts';

export const FRAGA_UID = 'api::fraga.fraga' as const;

/**
 * A frequently asked question (*vanlig fråga*) with a plain-language answer, filed under one
 * topic (`amne`) and linked to the actors, insatser and chains it concerns.
 */
export const FragaSchema = z.object({
  ...StrapiEntryBase,
  /** The question as a visitor would ask it, e.g. "Kan jag arbetsträna och ha sjukpenning samtidigt?". Required, at most 200 characters. */
  fraga: z
    .string()
    .min(1, { error: 'Frågan är tom. Skriv frågan som en besökare skulle ställa den.' })
    .max(200, { error: 'Frågan får vara högst 200 tecken. Korta ner den och lägg detaljerna i svaret.' }),
  /** Last part of the page address, made from the question: /fragor/<slug>. Required. */
  slug: slugField,
  /** The answer in plain language, most important first. Required rich text. */
  svar: BlocksSchema.min(1, { error: 'Svaret är tomt. Skriv ett svar i klarspråk, det viktigaste först.' }),
  /** The topic the question is listed under. Required. */
  amne: z.object(RelationRef.shape, { error: 'Frågan saknar ämne. Välj vilket ämne frågan ska visas under.' }),
  /** Actors the question concerns; it is shown on their pages. Default: empty list. */
  aktorer: z.array(RelationRef).default([]),
  /** Insatser the question concerns; it is shown on their pages. Default: empty list. */
  insatser: z.array(RelationRef).default([]),
  /** Chains ("Så fungerar välfärdssystemet") where the question is relevant. Default: empty list. */
  kedjor: z.array(RelationRef).default([]),
  ...ReviewFields,
});
export type Fraga = z.infer<typeof FragaSchema>;

export const FRAGA_TYPE = defineContentType({
  uid: FRAGA_UID,
  schema: FragaSchema,
  kind: 'collection',
  endpoint: 'fragor',
  populate: { amne: REF_POPULATE, aktorer: REF_POPULATE, insatser: REF_POPULATE, kedjor: REF_POPULATE },
  snapshot: 'fragor',
  page: ENTRY_PATHS.fraga,
  seed: { file: 'fragor.json' },
});
