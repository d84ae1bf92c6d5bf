import { z } from 'zod';
import { BlocksSchema } from '../blocks.ts';
import { PAGE_PATHS } from '../paths.ts';
import { emailSchema, HttpsUrlSchema, IsoDateSchema, PhoneSchema, ReviewFields, StrapiEntryBase } from './common.ts';
import { defineContentType } from './content-type.ts';
import { RelativLankSchema } from './startsida.ts';

export const TILLGANGLIGHETSREDOGORELSE_UID = 'api::tillganglighetsredogorelse.tillganglighetsredogorelse' as const;
export const TILLGANGLIGHET_KANT_PROBLEM_COMPONENT = 'tillganglighet.kant-problem' as const;
export const TILLGANGLIGHET_BEDOMNING_COMPONENT = 'tillganglighet.bedomning' as const;
export const TILLGANGLIGHET_FEEDBACK_COMPONENT = 'tillganglighet.feedback' as const;
export const TILLGANGLIGHET_TILLSYN_COMPONENT = 'tillganglighet.tillsyn' as const;

/** Compliance status as DIGG's template words it: fully, partially or not compliant. */
export const EFTERLEVNAD = ['fullt', 'delvis', 'inte'] as const;
export type Efterlevnad = (typeof EFTERLEVNAD)[number];

/** How each status is shown to visitors (DIGG's wording). */
export const EFTERLEVNAD_ETIKETT: Record<Efterlevnad, string> = {
  fullt: 'Webbplatsen är helt förenlig med lagkraven.',
  delvis: 'Webbplatsen är delvis förenlig med lagkraven.',
  inte: 'Webbplatsen är inte förenlig med lagkraven.',
};

/** Component `tillganglighet.kant-problem`: content that is not accessible, why, and what is done about it. */
export const KantProblemComponentSchema = z.object({
  id: z.number().int().optional(),
  /** What does not work and for whom, e.g. "Kartan går inte att använda med skärmläsare". Required, at most 600 characters. */
  problem: z
    .string()
    .min(1, { error: 'Problemet är inte beskrivet. Skriv vad som inte fungerar och för vem.' })
    .max(600, { error: 'Beskrivningen av problemet får vara högst 600 tecken.' }),
  /** The cause, or the ground for exemption (e.g. disproportionate burden). Optional. Default: none. */
  varfor: z.string().max(600, { error: '"Varför" får vara högst 600 tecken.' }).nullable().optional(),
  /** What we do about it and how the visitor can get the information another way. Optional. Default: none. */
  atgard: z.string().max(600, { error: '"Åtgärd" får vara högst 600 tecken.' }).nullable().optional(),
  /** When the fix is planned (YYYY-MM-DD). Optional: leave empty if not decided. Default: none. */
  klart: IsoDateSchema.nullable().optional(),
});
export type KantProblem = z.infer<typeof KantProblemComponentSchema>;

/** Component `tillganglighet.bedomning`: how and when the site was assessed. */
export const BedomningComponentSchema = z.object(
  {
    id: z.number().int().optional(),
    /** How the site was assessed, e.g. "Egen granskning och automatiska tester vid varje bygge". Required. */
    metod: z
      .string()
      .min(1, { error: 'Metoden för bedömningen saknas. Skriv hur webbplatsen granskades.' })
      .max(600, { error: 'Metoden får beskrivas med högst 600 tecken.' }),
    /** Date of the latest assessment (YYYY-MM-DD). Required. */
    datum: IsoDateSchema,
  },
  { error: 'Bedömningen saknas. Fyll i hur och när webbplatsen granskades.' },
);
export type Bedomning = z.infer<typeof BedomningComponentSchema>;

/** Component `tillganglighet.feedback`: how visitors report problems or ask for content in another format. */
export const FeedbackComponentSchema = z
  .object(
    {
      id: z.number().int().optional(),
      /** Introductory text on how to tell us about problems. Optional, at most 600 characters. Default: none. */
      text: z.string().max(600, { error: 'Texten om återkoppling får vara högst 600 tecken.' }).nullable().optional(),
      /** A shared (role) e-mail address, e.g. tillganglighet@exempel.se. Optional. Default: none. */
      epost: emailSchema('E-postadressen är inte giltig, t.ex. tillganglighet@exempel.se.').nullable().optional(),
      /** Phone number, e.g. 013-123 45 67. Optional. Default: none. */
      telefon: PhoneSchema.nullable().optional(),
      /** Address of the feedback form on this site, starting with "/", e.g. /kontakt. Optional. Default: none. */
      formular: RelativLankSchema.nullable().optional(),
    },
    { error: 'Återkopplingen saknas. Ange hur besökare kan meddela brister i tillgängligheten.' },
  )
  .superRefine((f, ctx) => {
    if (!f.epost && !f.telefon && !f.formular) {
      ctx.addIssue({
        code: 'custom',
        path: ['epost'],
        message: 'Ange minst ett sätt att meddela brister: e-post, telefon eller formulär.',
      });
    }
  });
export type Feedback = z.infer<typeof FeedbackComponentSchema>;

/** Component `tillganglighet.tillsyn`: the supervisory authority (DIGG) and how to report to it. */
export const TillsynComponentSchema = z.object(
  {
    id: z.number().int().optional(),
    /** Explains that DIGG supervises the law and how to report. Required, at most 600 characters. */
    text: z
      .string()
      .min(1, { error: 'Texten om tillsyn saknas. Förklara att DIGG har tillsyn och hur man anmäler.' })
      .max(600, { error: 'Texten om tillsyn får vara högst 600 tecken.' }),
    /** Link to DIGG's reporting page. Required, must start with https://. */
    url: HttpsUrlSchema.max(300, { error: 'Tillsynsmyndighetens webbadress får vara högst 300 tecken.' }),
  },
  { error: 'Uppgifterna om tillsyn saknas. Fyll i text och länk till DIGG.' },
);
export type Tillsyn = z.infer<typeof TillsynComponentSchema>;

/**
 * Single type `tillganglighetsredogorelse`: the site's accessibility statement with the
 * contents DIGG requires (status, known problems, assessment, feedback, supervision).
 */
export const TillganglighetsredogorelseSchema = z
  .object({
    ...StrapiEntryBase,
    ...ReviewFields,
    /** The page heading, e.g. "Tillgänglighet för Välfärdsguiden". Required, at most 120 characters. */
    titel: z.string().min(1, { error: 'Redogörelsen saknar titel.' }).max(120, { error: 'Titeln får vara högst 120 tecken.' }),
    /** Who is behind the site and that we want everyone to be able to use it. Required, at most 600 characters. */
    ingress: z.string().min(1, { error: 'Redogörelsen saknar ingress.' }).max(600, { error: 'Ingressen får vara högst 600 tecken.' }),
    /** Compliance status: "fullt", "delvis" or "inte" (see EFTERLEVNAD_ETIKETT). Required. */
    efterlevnad: z.enum(EFTERLEVNAD, { error: 'Välj efterlevnad: "fullt", "delvis" eller "inte".' }),
    /** Explanation of the status, e.g. which standard applies (WCAG 2.1 AA, EN 301 549). Optional rich text. Default: none. */
    efterlevnadText: BlocksSchema.nullable().optional(),
    /** Content that is not accessible. At least one when efterlevnad is "delvis" or "inte". Default: empty list. */
    kandaProblem: z.array(KantProblemComponentSchema).default([]),
    /** How and when the site was assessed. Required. */
    bedomning: BedomningComponentSchema,
    /** Date the statement was last updated (YYYY-MM-DD). Required. */
    uppdaterad: IsoDateSchema,
    /** How visitors report problems. Required; needs at least one of e-mail, phone or form. */
    feedback: FeedbackComponentSchema,
    /** The supervisory authority (DIGG) and link for reporting. Required. */
    tillsyn: TillsynComponentSchema,
    /** The law that applies, e.g. lagen (2018:1937) om tillgänglighet till digital offentlig service. Optional. Default: none. */
    lagstiftning: z.string().max(600, { error: 'Texten om lagstiftning får vara högst 600 tecken.' }).nullable().optional(),
  })
  .superRefine((r, ctx) => {
    if ((r.efterlevnad === 'delvis' || r.efterlevnad === 'inte') && r.kandaProblem.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['kandaProblem'],
        message: `Efterlevnaden är "${r.efterlevnad}", då måste minst ett känt problem anges. Lägg till problemet under "Kända problem", eller ändra efterlevnaden till "fullt" om webbplatsen uppfyller alla krav.`,
      });
    }
  });
export type Tillganglighetsredogorelse = z.infer<typeof TillganglighetsredogorelseSchema>;

export const TILLGANGLIGHETSREDOGORELSE_TYPE = defineContentType({
  uid: TILLGANGLIGHETSREDOGORELSE_UID,
  schema: TillganglighetsredogorelseSchema,
  kind: 'single',
  endpoint: 'tillganglighetsredogorelse',
  populate: { kandaProblem: true, bedomning: true, feedback: true, tillsyn: true },
  snapshot: 'tillganglighetsredogorelse',
  page: () => PAGE_PATHS.tillganglighetsredogorelse,
  seed: { file: 'tillganglighetsredogorelse.json' },
});
