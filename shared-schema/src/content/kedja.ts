import { z } from 'zod';
import { BlocksSchema } from '../blocks.ts';
import { ENTRY_PATHS } from '../paths.ts';
import { RelationRef, ReviewFields, StrapiEntryBase, slugField } from './common.ts';
import { defineContentType, REF_POPULATE } from './content-type.ts';

export const KEDJA_UID = 'api::kedja.kedja' as const;
export const KEDJA_STEG_COMPONENT = 'kedja.steg' as const;
export const KEDJA_SLUT_COMPONENT = 'kedja.slut' as const;

/** Component `kedja.steg`: one step in a chain — who, what happens, the rule behind it, how long, what you can do. */
export const KedjaStegComponentSchema = z.object({
  id: z.number().int().optional(),
  /** The actor responsible in this step, e.g. Försäkringskassan. Required. */
  aktor: z.object(RelationRef.shape, {
    error: 'Steget saknar aktör. Välj vilken aktör som har ansvaret i steget, t.ex. Försäkringskassan.',
  }),
  /** Short heading written to the visitor, e.g. "Du ansöker om sjukpenning". Required, at most 120 characters. */
  rubrik: z
    .string()
    .min(1, { error: 'Steget saknar rubrik. Skriv en kort rubrik, t.ex. "Du ansöker om sjukpenning".' })
    .max(120, { error: 'Stegets rubrik får vara högst 120 tecken.' }),
  /** What happens in the step, addressed to the visitor ("du"). Required, at most 1 200 characters. */
  vadHander: z
    .string()
    .min(1, { error: 'Fältet "Vad händer" är tomt. Beskriv vad som händer i steget.' })
    .max(1200, { error: '"Vad händer" får vara högst 1 200 tecken.' }),
  /** The rule, law or decision that governs the step, in plain language. Optional, at most 1 200 characters. Default: none. */
  regel: z.string().max(1200, { error: '"Regel eller beslut" får vara högst 1 200 tecken.' }).nullable().optional(),
  /** Typical duration or timing, e.g. "Första veckan". Optional, at most 80 characters. Default: none. */
  tid: z.string().max(80, { error: '"Tid" får vara högst 80 tecken, t.ex. "Första veckan".' }).nullable().optional(),
  /** Concrete advice on what the visitor can do in this step. Optional, at most 1 200 characters. Default: none. */
  duKan: z.string().max(1200, { error: '"Det här kan du göra" får vara högst 1 200 tecken.' }).nullable().optional(),
  /** Insatser that can help in this particular step. Default: empty list. */
  insatser: z.array(RelationRef).default([]),
  /** True when the step runs at the same time as the step before it. Never on the first step. Default: false. */
  parallell: z.boolean().default(false),
});
export type KedjaSteg = z.infer<typeof KedjaStegComponentSchema>;

/** How a chain can end: in work or studies, or in a gap where no actor leads on. */
export const KEDJA_SLUT_TYPER = ['arbete-studier', 'glapp'] as const;

/** Component `kedja.slut`: how the chain ends and what that means for the visitor. */
export const KedjaSlutComponentSchema = z.object(
  {
    id: z.number().int().optional(),
    /** "arbete-studier" if the chain leads to work or studies; "glapp" if it ends with no actor leading on. Required. Default in the editor: "arbete-studier". */
    typ: z.enum(KEDJA_SLUT_TYPER, { error: 'Välj hur kedjan slutar: "arbete-studier" eller "glapp".' }),
    /** Explains to the visitor what the ending means and what they can do. Required, at most 1 200 characters. */
    forklaring: z
      .string()
      .min(1, { error: 'Förklaringen av kedjans slut saknas. Beskriv vad slutet betyder och vad besökaren kan göra.' })
      .max(1200, { error: 'Förklaringen av kedjans slut får vara högst 1 200 tecken.' }),
  },
  { error: 'Kedjans slut saknas. Fyll i "Slut": leder kedjan till arbete/studier eller slutar den i ett glapp?' },
);
export type KedjaSlut = z.infer<typeof KedjaSlutComponentSchema>;

/**
 * A chain (*kedja*) for "Så fungerar välfärdssystemet": a life situation and the ordered steps
 * that usually follow, ending in work/studies or in a gap.
 */
export const KedjaSchema = z.object({
  ...StrapiEntryBase,
  /** The life situation in first person, e.g. "Jag är sjukskriven och har ingen anställning". Required, at most 160 characters. */
  titel: z
    .string()
    .min(1, { error: 'Kedjan saknar titel. Skriv livssituationen i jag-form, t.ex. "Jag är sjukskriven och har ingen anställning".' })
    .max(160, { error: 'Kedjans titel får vara högst 160 tecken.' }),
  /** Last part of the page address: /kedjor/<slug>. Required. */
  slug: slugField,
  /** The life situation in the controlled vocabulary that the chain describes. Optional. Default: none. */
  livssituation: RelationRef.nullable().optional(),
  /** Short introduction: which actors are involved and what the chain shows. Optional rich text. Default: none. */
  introduktion: BlocksSchema.nullable().optional(),
  /** The steps in order. At least two; the first cannot be parallel. */
  steg: z
    .array(KedjaStegComponentSchema)
    .min(2, { error: 'En kedja behöver minst två steg. Lägg till fler steg under "Steg".' })
    .superRefine((steg, ctx) => {
      if (steg[0]?.parallell) {
        ctx.addIssue({
          code: 'custom',
          path: [0, 'parallell'],
          message:
            'Det första steget kan inte vara parallellt – det finns inget steg före som det kan pågå samtidigt med. Ta bort markeringen "Parallellt med föregående steg" på steg 1.',
        });
      }
    }),
  /** How the chain ends: work/studies or a gap. Required. */
  slut: KedjaSlutComponentSchema,
  ...ReviewFields,
});
export type Kedja = z.infer<typeof KedjaSchema>;

export const KEDJA_TYPE = defineContentType({
  uid: KEDJA_UID,
  schema: KedjaSchema,
  kind: 'collection',
  endpoint: 'kedjor',
  populate: { livssituation: REF_POPULATE, steg: { populate: { aktor: REF_POPULATE, insatser: REF_POPULATE } }, slut: true },
  snapshot: 'kedjor',
  page: ENTRY_PATHS.kedja,
  seed: { file: 'kedjor.json' },
});
