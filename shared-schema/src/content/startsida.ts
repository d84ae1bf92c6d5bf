import { z } from 'zod';
import { PAGE_PATHS } from '../paths.ts';
import { ReviewFields, StrapiEntryBase } from './common.ts';
import { defineContentType } from './content-type.ts';

export const STARTSIDA_UID = 'api::startsida.startsida' as const;
export const STARTSIDA_PUFF_COMPONENT = 'startsida.puff' as const;

/**
 * An address inside the site: starts with a single "/" and has no spaces or backslashes, e.g.
 * /kedjor. External links ("https://…") and protocol-relative ones ("//…", and "/\\…", which
 * browsers read as "//…") are refused.
 */
export const RelativLankSchema = z
  .string()
  .regex(/^\/(?!\/)[^\s\\]*$/, {
    error:
      'Länken måste vara en adress inom webbplatsen som börjar med /, t.ex. /kedjor. Skriv inte https:// och använd inga mellanslag eller bakstreck (\\).',
  })
  .max(200, { error: 'Länken får vara högst 200 tecken.' });

/** Component `startsida.puff`: a linked box on the home page. */
export const StartsidaPuffComponentSchema = z.object({
  id: z.number().int().optional(),
  /** The box's heading, short and clear. Required, at most 80 characters. */
  rubrik: z
    .string()
    .min(1, { error: 'Puffen saknar rubrik. Skriv en kort rubrik.' })
    .max(80, { error: 'Puffens rubrik får vara högst 80 tecken.' }),
  /** One or two sentences on what the visitor finds. Required, at most 300 characters. */
  text: z
    .string()
    .min(1, { error: 'Puffen saknar text. Skriv en eller två meningar om vad besökaren hittar.' })
    .max(300, { error: 'Puffens text får vara högst 300 tecken.' }),
  /** Where the box leads: an address inside the site starting with "/", e.g. /kedjor. Required. */
  lank: RelativLankSchema,
});
export type StartsidaPuff = z.infer<typeof StartsidaPuffComponentSchema>;

/** Single type `startsida`: the texts on the home page. */
export const StartsidaSchema = z.object({
  ...StrapiEntryBase,
  ...ReviewFields,
  /** The home page's main heading (h1). Required, at most 120 characters. */
  rubrik: z.string().min(1, { error: 'Startsidan saknar rubrik.' }).max(120, { error: 'Startsidans rubrik får vara högst 120 tecken.' }),
  /** Short text under the heading on what the site helps with. Required, at most 400 characters. */
  ingress: z
    .string()
    .min(1, { error: 'Startsidan saknar ingress. Skriv kort vad webbplatsen hjälper till med.' })
    .max(400, { error: 'Startsidans ingress får vara högst 400 tecken.' }),
  /** Text inviting the visitor into the "Hitta rätt" guide. Optional, at most 400 characters. Default: none. */
  hittaRattText: z.string().max(400, { error: 'Texten om Hitta rätt får vara högst 400 tecken.' }).nullable().optional(),
  /** Linked boxes to important parts of the site, in order. Default: empty list. */
  puffar: z.array(StartsidaPuffComponentSchema).default([]),
});
export type Startsida = z.infer<typeof StartsidaSchema>;

export const STARTSIDA_TYPE = defineContentType({
  uid: STARTSIDA_UID,
  schema: StartsidaSchema,
  kind: 'single',
  endpoint: 'startsida',
  populate: { puffar: true },
  snapshot: 'startsida',
  page: () => PAGE_PATHS.start,
  seed: { file: 'startsida.json' },
});
