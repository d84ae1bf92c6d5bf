import { z } from 'zod';
import { StrapiEntryBase } from './common.ts';
import { defineContentType } from './content-type.ts';

export const JARGONGORD_UID = 'api::jargongord.jargongord' as const;

/**
 * A word the redaktion wants kept out of the texts (*jargongord*), with a plainer way to say
 * it: the list the plain-language help warns from. Kept by the redaktion in the admin; not
 * part of the public site, so it is neither in the snapshot nor readable over REST.
 */
export const JargongordSchema = z.object({
  ...StrapiEntryBase,
  /** The word or phrase as it is written in a text, e.g. "erhålla". Required, unique, at most 60 characters. */
  ord: z
    .string()
    .min(1, { error: 'Skriv ordet eller uttrycket som ska undvikas, t.ex. "erhålla".' })
    .max(60, { error: 'Ordet eller uttrycket får vara högst 60 tecken.' }),
  /** The plainer word or wording, e.g. "få". Required, at most 120 characters. */
  forslag: z
    .string()
    .min(1, { error: 'Skriv vad som kan stå i stället, t.ex. "få".' })
    .max(120, { error: 'Förslaget får vara högst 120 tecken.' }),
  /** Why it is avoided, or when it is still needed. Optional, at most 300 characters. */
  kommentar: z.string().max(300, { error: 'Kommentaren får vara högst 300 tecken.' }).nullable().optional(),
});
export type Jargongord = z.infer<typeof JargongordSchema>;

export const JARGONGORD_TYPE = defineContentType({
  uid: JARGONGORD_UID,
  schema: JargongordSchema,
  kind: 'collection',
  endpoint: 'jargongorden',
  populate: {},
  snapshot: null,
  page: null,
  seed: { file: 'jargongord.json', key: 'ord' },
});
