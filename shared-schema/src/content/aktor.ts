import { z } from 'zod';
import { BlocksSchema, blocksToPlainText } from '../blocks.ts';
import { ENTRY_PATHS } from '../paths.ts';
import { HttpsUrlSchema, ReviewFields, StrapiEntryBase, slugField } from './common.ts';
import { defineContentType } from './content-type.ts';

export const AKTOR_UID = 'api::aktor.aktor' as const;

/** Kinds of actor, as stored in Strapi; they group the Aktörer page. */
export const AKTORSTYPER = ['myndighet', 'kommun', 'region', 'forbund', 'utbildning', 'civilsamhalle'] as const;
export const AktorstypSchema = z.enum(AKTORSTYPER, {
  error: 'Välj typ av aktör: myndighet, kommun, region, forbund, utbildning eller civilsamhalle.',
});
export type Aktorstyp = z.infer<typeof AktorstypSchema>;

/** How each kind of actor is shown to visitors (group headings on the Aktörer page). */
export const AKTORSTYP_ETIKETT: Record<Aktorstyp, string> = {
  myndighet: 'Statliga myndigheter',
  kommun: 'Kommunen',
  region: 'Regionen och vården',
  forbund: 'Samordningsförbund',
  utbildning: 'Utbildning',
  civilsamhalle: 'Civilsamhället',
};

/** A rich-text field that must hold some text: an empty editor (or only empty paragraphs) is refused. */
const textBlocks = (falt: string) =>
  BlocksSchema.refine((blocks) => blocksToPlainText(blocks).length > 0, {
    error: `Fältet "${falt}" är tomt. Skriv minst ett stycke.`,
  });

/**
 * Aktör: an actor in the welfare system (Arbetsförmedlingen, Försäkringskassan, socialtjänsten, regionen,
 * samordningsförbundet …). Publishable: each gets a page under Aktörer with its mandate, what it can do
 * for the visitor and what it cannot do.
 */
export const AktorSchema = z.object({
  ...StrapiEntryBase,
  /** Adressnamn: last part of the page address, e.g. "arbetsformedlingen". Required; made from the name. Do not change once published. */
  slug: slugField,
  /** Namn: the actor's full name, e.g. "Försäkringskassan". Required, at most 120 characters. */
  namn: z
    .string({ error: 'Aktören saknar namn.' })
    .min(1, { error: 'Aktören saknar namn. Skriv hela namnet, t.ex. "Försäkringskassan".' })
    .max(120, { error: 'Aktörens namn får vara högst 120 tecken.' }),
  /** Kortnamn: the usual abbreviation, e.g. "AF" or "FK". Optional, at most 20 characters. Default: none. */
  kortnamn: z.string().max(20, { error: 'Kortnamnet får vara högst 20 tecken, t.ex. "FK".' }).nullable().optional(),
  /** Typ: what kind of actor this is; groups the Aktörer page. Required, no default. */
  typ: AktorstypSchema,
  /** Sammanfattning: one or two plain-language sentences about what the actor does for you; shown in lists. Required, at most 200 characters. */
  sammanfattning: z
    .string({ error: 'Aktören saknar sammanfattning.' })
    .min(1, { error: 'Aktören saknar sammanfattning. Skriv en eller två meningar om vad aktören gör för besökaren.' })
    .max(200, { error: 'Sammanfattningen får vara högst 200 tecken. Korta texten och lägg resten i "Uppdrag".' }),
  /** Uppdrag: what the actor must do by law and government mandate, in plain language. Required rich text. */
  uppdrag: textBlocks('Uppdrag'),
  /** Möjligheter: concrete things the visitor can get help with ("Det här kan aktören göra för dig"). Required rich text. */
  mojligheter: textBlocks('Det här kan aktören göra för dig'),
  /** Begränsningar: the limits of the mandate and where to turn instead ("Det här kan aktören inte göra"). Required rich text. */
  begransningar: textBlocks('Det här kan aktören inte göra'),
  /** Webb: the actor's own website, https only. Optional. Default: none. */
  webb: HttpsUrlSchema.nullable().optional(),
  ...ReviewFields,
});
export type Aktor = z.infer<typeof AktorSchema>;

export const AKTOR_TYPE = defineContentType({
  uid: AKTOR_UID,
  schema: AktorSchema,
  kind: 'collection',
  endpoint: 'aktorer',
  populate: {},
  snapshot: 'aktorer',
  page: ENTRY_PATHS.aktor,
  seed: { file: 'aktorer.json' },
});
