import { z } from 'zod';
import { BlocksSchema } from '../blocks.ts';
import { ENTRY_PATHS } from '../paths.ts';
import { IsoDateSchema, RelationRef, ReviewFields, StrapiEntryBase, slugField } from './common.ts';
import { defineContentType, MEDIA_POPULATE, REF_POPULATE } from './content-type.ts';

export const BERATTELSE_UID = 'api::berattelse.berattelse' as const;
export const BERATTELSE_STEG_COMPONENT = 'berattelse.steg' as const;

/**
 * Age bands as stored in Strapi. Strapi refuses enumeration values that start with a digit
 * (they must survive as GraphQL names), so the bands carry an `alder-` prefix.
 */
export const ALDERSGRUPPER = ['alder-19-29', 'alder-30-44', 'alder-45-64', 'alder-65-plus'] as const;
export const AldersgruppSchema = z.enum(ALDERSGRUPPER, {
  error: 'Åldersgruppen måste vara en av alder-19-29, alder-30-44, alder-45-64 eller alder-65-plus.',
});
export type Aldersgrupp = z.infer<typeof AldersgruppSchema>;

/** How each age band is shown to visitors. */
export const ALDERSGRUPP_ETIKETT: Record<Aldersgrupp, string> = {
  'alder-19-29': '19–29 år',
  'alder-30-44': '30–44 år',
  'alder-45-64': '45–64 år',
  'alder-65-plus': '65 år eller äldre',
};

/** The age bands as written in `cms/data/berattelser.json` (with an en dash) → Strapi enum values. */
export const ALDERSGRUPP_FRAN_DATA: Record<string, Aldersgrupp> = {
  '19–29': 'alder-19-29',
  '30–44': 'alder-30-44',
  '45–64': 'alder-45-64',
  '65+': 'alder-65-plus',
};

/** Maps a data-file age band ("19–29", "19-29" or "65+") to the Strapi value; undefined if unknown. */
export function aldersgruppFranData(value: string): Aldersgrupp | undefined {
  return ALDERSGRUPP_FRAN_DATA[value.trim().replace(/-/g, '–')];
}

/** An uploaded image as the REST API delivers it (populated media field). */
export const BildSchema = z.object({
  id: z.number().int().optional(),
  documentId: z.string().optional(),
  /** Address of the original file, relative to the CMS or absolute on a CDN. */
  url: z.string().min(1),
  /** The media library's own alt text; the story uses `bildAlt` instead, written for this story. */
  alternativeText: z.string().nullable().optional(),
  /** Width in pixels. */
  width: z.number().nullable().optional(),
  /** Height in pixels. */
  height: z.number().nullable().optional(),
  /** MIME type, e.g. image/jpeg. */
  mime: z.string().optional(),
  /** Smaller renditions Strapi made (thumbnail, small, medium, large), keyed by name. */
  formats: z
    .record(z.string(), z.object({ url: z.string(), width: z.number().optional(), height: z.number().optional() }))
    .nullable()
    .optional(),
});
export type Bild = z.infer<typeof BildSchema>;

/** Component `berattelse.steg`: one step on the person's way, in order. */
export const BerattelseStegComponentSchema = z.object({
  id: z.number().int().optional(),
  /** Short heading for the step, e.g. "Några timmar i veckan på Jonsbo". Required, at most 120 characters. */
  rubrik: z
    .string()
    .min(1, { error: 'Steget saknar rubrik. Skriv en kort rubrik, t.ex. "Några timmar i veckan på Jonsbo".' })
    .max(120, { error: 'Stegets rubrik får vara högst 120 tecken.' }),
  /** What happened in this step, in plain language. Required, at most 1 200 characters. */
  text: z
    .string()
    .min(1, { error: 'Steget saknar text. Beskriv vad som hände i steget.' })
    .max(1200, { error: 'Stegets text får vara högst 1 200 tecken. Dela upp det i två steg eller korta texten.' }),
  /** The actor that led the step, e.g. Försäkringskassan. Optional: some steps happen without an actor. Default: none. */
  aktor: RelationRef.nullable().optional(),
});
export type BerattelseSteg = z.infer<typeof BerattelseStegComponentSchema>;

const samtyckeSaknas = (titel: unknown): string =>
  `Berättelsen "${typeof titel === 'string' && titel ? titel : 'utan titel'}" saknar datum för samtycke. En berättelse får inte publiceras utan samtycke.`;

/**
 * A story (*berättelse*): one person's way through the welfare system, told under a pseudonym
 * and published only with recorded consent. This schema describes a PUBLISHED story, so
 * `samtyckeDatum` is required.
 */
export const BerattelseSchema = z
  .object({
    ...StrapiEntryBase,
    /** The story's heading, e.g. "Från soffan till växthuset". Required, at most 120 characters. */
    titel: z
      .string()
      .min(1, { error: 'Berättelsen saknar titel. Skriv en kort rubrik.' })
      .max(120, { error: 'Titeln får vara högst 120 tecken.' }),
    /** Last part of the page address, made from the title: /berattelser/<slug>. Required. */
    slug: slugField,
    /** An invented first name; never the person's real name. Required, at most 60 characters. */
    pseudonym: z
      .string()
      .min(1, { error: 'Pseudonym saknas. Skriv ett påhittat förnamn, aldrig personens riktiga namn.' })
      .max(60, { error: 'Pseudonymen får vara högst 60 tecken.' }),
    /** The person's age band when it happened (see ALDERSGRUPP_ETIKETT for display). Optional. Default: none. */
    aldersgrupp: AldersgruppSchema.nullable().optional(),
    /** One or two sentences summing up the story; shown in lists. Required, at most 300 characters. */
    ingress: z
      .string()
      .min(1, { error: 'Ingressen saknas. Sammanfatta berättelsen i en eller två meningar.' })
      .max(300, { error: 'Ingressen får vara högst 300 tecken.' }),
    /** What life looked like before the support began. Required rich text. */
    utgangslage: BlocksSchema.min(1, { error: 'Utgångsläget är tomt. Beskriv hur livet såg ut innan stödet började.' }),
    /** The steps the person took, in order. Default: empty list. */
    steg: z.array(BerattelseStegComponentSchema).default([]),
    /** Every actor involved; the story is shown on their pages. Default: empty list. */
    aktorer: z.array(RelationRef).default([]),
    /** How it went and what life is like now; quotes welcome. Required rich text. */
    resultat: BlocksSchema.min(1, { error: 'Resultatet är tomt. Beskriv hur det gick och hur livet ser ut nu.' }),
    /** Insatser the person took part in; the story is shown on their pages. Default: empty list. */
    insatser: z.array(RelationRef).default([]),
    /** Life situations the story is about, so visitors in the same situation find it. Default: empty list. */
    livssituationer: z.array(RelationRef).default([]),
    /** Optional image. Never one where the person can be recognised without separate consent. Default: none. */
    bild: BildSchema.nullable().optional(),
    /** Text alternative for the image, written for this story. Required whenever `bild` is set; at most 250 characters. */
    bildAlt: z.string().max(250, { error: 'Bildens alt-text får vara högst 250 tecken.' }).nullable().optional(),
    /**
     * Date the person gave written consent to publication (YYYY-MM-DD). Nullable in the shape because
     * drafts may lack it, but a published story without it is refused (see the refinement below).
     */
    samtyckeDatum: IsoDateSchema.nullable().optional(),
    ...ReviewFields,
  })
  .superRefine(
    (b, ctx) => {
      // Runs even when other fields are invalid: missing consent must always be reported.
      if (typeof b !== 'object' || b === null) return;
      if (!b.samtyckeDatum) {
        ctx.addIssue({ code: 'custom', path: ['samtyckeDatum'], message: samtyckeSaknas(b.titel) });
      }
    },
    { when: () => true },
  )
  .superRefine((b, ctx) => {
    if (b.bild && !b.bildAlt?.trim()) {
      ctx.addIssue({
        code: 'custom',
        path: ['bildAlt'],
        message: `Bilden i berättelsen "${b.titel}" saknar alt-text. Skriv i "Bildens alt-text" vad bilden visar, eller ta bort bilden.`,
      });
    }
  });

/** A published story. `samtyckeDatum` is guaranteed by the schema's refinement, so the type says so. */
export type Berattelse = Omit<z.infer<typeof BerattelseSchema>, 'samtyckeDatum'> & {
  /** Date the person gave written consent to publication (YYYY-MM-DD). */
  samtyckeDatum: string;
};

export const BERATTELSE_TYPE = defineContentType({
  uid: BERATTELSE_UID,
  schema: BerattelseSchema,
  kind: 'collection',
  endpoint: 'berattelser',
  populate: {
    steg: { populate: { aktor: REF_POPULATE } },
    aktorer: REF_POPULATE,
    insatser: REF_POPULATE,
    livssituationer: REF_POPULATE,
    bild: MEDIA_POPULATE,
  },
  snapshot: 'berattelser',
  page: ENTRY_PATHS.berattelse,
  seed: { file: 'berattelser.json' },
});
