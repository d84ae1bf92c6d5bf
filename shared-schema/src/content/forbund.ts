import { z } from 'zod';
import { BlocksSchema, blocksToPlainText } from '../blocks.ts';
import { ENTRY_PATHS } from '../paths.ts';
import { IsoDateSchema, KontaktSchema, RelationRef, StrapiEntryBase, slugField } from './common.ts';
import { defineContentType, REF_POPULATE } from './content-type.ts';
import { LanskodSchema } from './kommun.ts';

export const FORBUND_UID = 'api::forbund.forbund' as const;

/**
 * Förbund: a samordningsförbund (FINSAM) in which municipalities, the region, Försäkringskassan and
 * Arbetsförmedlingen jointly fund insatser. A fixed vocabulary (no drafts, no translations); each insats
 * may belong to one.
 */
export const ForbundSchema = z.object({
  ...StrapiEntryBase,
  /** Adressnamn: used in addresses and filters, e.g. "centrala-ostergotland". Required; made from the name. */
  slug: slugField,
  /** Namn: the full name, e.g. "Samordningsförbundet Centrala Östergötland". Required, at most 120 characters. */
  namn: z
    .string({ error: 'Förbundet saknar namn.' })
    .min(1, { error: 'Förbundet saknar namn. Skriv hela namnet, t.ex. "Samordningsförbundet Värend".' })
    .max(120, { error: 'Förbundets namn får vara högst 120 tecken.' }),
  /** Kortnamn: the abbreviation the förbund uses itself, e.g. "SCÖ". Optional, at most 20 characters. Default: none. */
  kortnamn: z.string().max(20, { error: 'Kortnamnet får vara högst 20 tecken, t.ex. "SCÖ".' }).nullable().optional(),
  /** Län: the two-digit code of the county the förbund is in, e.g. "05" (a code, unlike `kommun.lan`, which is the name). Required. */
  lan: LanskodSchema,
  /** Kommuner: the municipalities the förbund covers. Populated list; may be empty while being set up. Default: empty. */
  kommuner: z.array(RelationRef),
  /** Medlemmar: the member organisations (municipalities, region, Försäkringskassan, Arbetsförmedlingen). Populated list. Default: empty. */
  medlemmar: z.array(RelationRef),
  /** Beskrivning: who the förbund is for, its members and what it funds, in plain language to the visitor. Required rich text. */
  beskrivning: BlocksSchema.refine((blocks) => blocksToPlainText(blocks).length > 0, {
    error: 'Fältet "Beskrivning" är tomt. Skriv minst ett stycke om vilka förbundet finns för.',
  }),
  /** Kontakt: the förbund's office as a role (never a private person), with phone, e-mail and web. Optional. Default: none. */
  kontakt: KontaktSchema.nullable().optional(),
  /** Senast granskad: the date the editors last checked these details. Optional. Default: none. */
  senastGranskad: IsoDateSchema.nullable().optional(),
});
export type Forbund = z.infer<typeof ForbundSchema>;

export const FORBUND_TYPE = defineContentType({
  uid: FORBUND_UID,
  schema: ForbundSchema,
  kind: 'collection',
  endpoint: 'forbunden',
  populate: { kommuner: REF_POPULATE, medlemmar: REF_POPULATE, kontakt: true },
  snapshot: 'forbund',
  page: ENTRY_PATHS.forbund,
  seed: { file: 'forbund.json' },
});
