import { z } from 'zod';
import { HttpsUrlSchema, IsoDateSchema, PhoneSchema } from '../content/common.ts';
import { DriftstatusSchema, InsatsSchema, StodformSchema, VagInTypSchema } from '../content/insats.ts';
import { objectShape } from '../content/shape.ts';
import { SlugSchema } from '../slug.ts';
import { HTML_TAG, KOMMUNKOD_PATTERN, MAX_TIMMAR_PER_VECKA } from '../vocabulary.ts';

/**
 * What member organisations and visitors send to the CMS's intake routes
 * (`POST /api/intake/forslag`, `POST /api/intake/aterkoppling`), as JSON or as a
 * plain HTML form (`application/x-www-form-urlencoded`, nested names like
 * `plats[adress]`, repeated names for lists). Every text is plain text with a
 * length limit; HTML tags are refused, so nothing submitted can ever run as code.
 */

/** Largest request body the intake routes accept (bytes); larger bodies get 413. */
export const INTAKE_MAX_BODY_BYTES = 64 * 1024;

export const FORSLAG_TYPER = ['ny-insats', 'andring'] as const;
export const ForslagTypSchema = z.enum(FORSLAG_TYPER, {
  error: 'Välj om du föreslår en ny insats ("ny-insats") eller en ändring av en befintlig ("andring").',
});
export type ForslagTyp = z.infer<typeof ForslagTypSchema>;

export const AVSANDARE_MAX = 120;
/** The longest feedback comment or accessibility report; the site's forms show and enforce it. */
export const KOMMENTAR_MAX = 2000;

/** Plain text with a length limit and no HTML; `falt` names the field in the Swedish message. */
export const plainText = (falt: string, max: number) =>
  z
    .string({ error: `${falt}: skriv text.` })
    .trim()
    .max(max, { error: `${falt} får vara högst ${max.toLocaleString('sv-SE')} tecken. Korta texten.` })
    .refine((v) => !HTML_TAG.test(v), {
      error: `${falt} innehåller HTML-kod (t.ex. <script>). Skriv vanlig text utan tecknen < och > runt ord.`,
    });

const requiredText = (falt: string, max: number) =>
  plainText(falt, max).refine((v) => v.length > 0, { error: `${falt} saknas. Fyll i fältet.` });

const textList = (falt: string, maxItems: number, maxLength: number) =>
  z
    .array(requiredText(falt, maxLength), { error: `${falt}: skicka en lista med texter.` })
    .max(maxItems, { error: `${falt}: högst ${maxItems} punkter.` });

const insats = objectShape(InsatsSchema);

/** The venue, as the organisation knows it (same rules as the insats's `plats`). */
const SubmissionPlatsSchema = z.object(
  {
    namn: plainText('Lokalens namn', 120).optional(),
    adress: requiredText('Gatuadress', 120),
    postnummer: z
      .string({ error: 'Postnummer: skriv fem siffror.' })
      .regex(/^[0-9]{3} ?[0-9]{2}$/, { error: 'Postnumret ska vara fem siffror, t.ex. "589 41".' })
      .optional(),
    ort: requiredText('Ort', 80),
    hitta: plainText('Vägbeskrivning', 500).optional(),
  },
  { error: 'Plats: skicka adress och ort.' },
);

/** How to reach the insats, for visitors: a role, never a private person. */
const SubmissionKontaktSchema = z.object(
  {
    roll: requiredText('Kontaktens roll', 120),
    telefon: PhoneSchema.optional(),
    epost: z.email({ error: 'Kontaktens e-postadress är inte giltig, t.ex. kontakt@exempel.se.' }).max(254).optional(),
    webb: HttpsUrlSchema.max(500, { error: 'Webbadressen får vara högst 500 tecken.' }).optional(),
  },
  { error: 'Kontakt: skicka minst en roll.' },
);

/**
 * The fields of an insats that an organisation can know. Everything is optional
 * here so that a change can name only what changed; a new insats needs at least
 * `namn`, `sammanfattning`, `beskrivning` and `stodform` (checked below).
 */
export const SubmissionInsatsSchema = z.object({
  namn: plainText('Namn', 120).optional(),
  sammanfattning: plainText('Sammanfattning', 200).optional(),
  /** Plain text; blank lines separate paragraphs. The redaktion rewrites it into klarspråk. */
  beskrivning: plainText('Beskrivning', 8000).optional(),
  stodform: StodformSchema.optional(),
  malgrupper: z.array(SlugSchema, { error: 'Målgrupper: skicka en lista.' }).max(20).optional(),
  kommuner: z
    .array(z.string().regex(KOMMUNKOD_PATTERN, { error: 'Kommunkoden ska vara fyra siffror, t.ex. "0580" för Linköping.' }), {
      error: 'Kommuner: skicka en lista med kommunkoder.',
    })
    .max(290)
    .optional(),
  digital: z.boolean({ error: 'Digital: svara ja eller nej.' }).optional(),
  aktiviteter: textList('Aktivitet', 20, 300).optional(),
  plats: SubmissionPlatsSchema.optional(),
  vagarIn: z.array(VagInTypSchema, { error: 'Vägar in: skicka en lista.' }).max(7).optional(),
  steg: textList('Steg', 20, 300).optional(),
  krav: textList('Krav', 20, 300).optional(),
  timmarMin: z
    .number({ error: `Timmar per vecka, minst: skriv ett heltal mellan 1 och ${MAX_TIMMAR_PER_VECKA}.` })
    .int()
    .min(1)
    .max(MAX_TIMMAR_PER_VECKA)
    .optional(),
  timmarMax: z
    .number({ error: `Timmar per vecka, som mest: skriv ett heltal mellan 1 och ${MAX_TIMMAR_PER_VECKA}.` })
    .int()
    .min(1)
    .max(MAX_TIMMAR_PER_VECKA)
    .optional(),
  langd: plainText('Hur länge', 200).optional(),
  /** Same rule as the insats field (1–60 months). */
  langdManader: (insats.langdManader as z.ZodOptional<z.ZodNullable<z.ZodNumber>>).unwrap().unwrap().optional(),
  kostnad: plainText('Kostnad', 200).optional(),
  platserAntal: z.number({ error: 'Antal platser: skriv ett heltal.' }).int().min(0).max(10_000).optional(),
  platserLediga: z.number({ error: 'Lediga platser: skriv ett heltal.' }).int().min(0).max(10_000).optional(),
  ko: z.boolean({ error: 'Kö: svara ja eller nej.' }).optional(),
  sprak: textList('Språk', 20, 100).optional(),
  tillganglighet: plainText('Tillgänglighet', 1000).optional(),
  kontakt: SubmissionKontaktSchema.optional(),
  driftstatus: DriftstatusSchema.optional(),
  periodStart: IsoDateSchema.optional(),
  periodSlut: IsoDateSchema.optional(),
});
export type SubmissionInsats = z.infer<typeof SubmissionInsatsSchema>;

/** Who sent the proposal, for the redaktion's questions: a role and a way to reach them; the name is optional. */
export const AvsandareSchema = z
  .object(
    {
      namn: plainText('Ditt namn', AVSANDARE_MAX).optional(),
      roll: requiredText('Din roll', AVSANDARE_MAX),
      epost: z.email({ error: 'Din e-postadress är inte giltig, t.ex. namn@organisation.se.' }).max(254).optional(),
      telefon: PhoneSchema.optional(),
    },
    { error: 'Dina kontaktuppgifter saknas. Skriv din roll och en e-postadress eller ett telefonnummer.' },
  )
  .refine((a) => a.epost !== undefined || a.telefon !== undefined, {
    path: ['epost'],
    error: 'Skriv en e-postadress eller ett telefonnummer så att redaktionen kan nå dig.',
  });
export type Avsandare = z.infer<typeof AvsandareSchema>;

/** A proposal from a member organisation: a new insats, or a change to one that exists. */
export const SubmissionSchema = z
  .object({
    /** The organisation's submission key, from the redaktion. Identifies the organisation. */
    nyckel: z
      .string({ error: 'Inlämningsnyckeln saknas. Skriv nyckeln som redaktionen gav er organisation.' })
      .trim()
      .min(1, { error: 'Inlämningsnyckeln saknas. Skriv nyckeln som redaktionen gav er organisation.' })
      .max(200, { error: 'Inlämningsnyckeln är för lång — kontrollera att du klistrat in rätt nyckel.' }),
    typ: ForslagTypSchema,
    /** For a change: the insats's address name (slug), e.g. "jonsbo". */
    insats: SlugSchema.optional(),
    uppgifter: SubmissionInsatsSchema,
    /** A message to the redaktion, e.g. what changed and why. Never published. */
    meddelande: plainText('Meddelande till redaktionen', 2000).optional(),
    avsandare: AvsandareSchema,
  })
  .superRefine((s, ctx) => {
    if (s.typ === 'andring' && !s.insats) {
      ctx.addIssue({ code: 'custom', path: ['insats'], message: 'Välj vilken insats ändringen gäller.' });
    }
    if (s.typ === 'ny-insats') {
      const need: [keyof SubmissionInsats, string][] = [
        ['namn', 'Namn saknas. Skriv insatsens namn.'],
        ['sammanfattning', 'Sammanfattning saknas. Skriv en eller två meningar om vad man gör och vem det passar.'],
        ['beskrivning', 'Beskrivning saknas. Beskriv vad som händer i insatsen.'],
        ['stodform', 'Välj en stödform.'],
      ];
      for (const [field, message] of need) {
        const v = s.uppgifter[field];
        if (v === undefined || v === '') ctx.addIssue({ code: 'custom', path: ['uppgifter', field], message });
      }
    }
    if (s.typ === 'andring' && Object.keys(s.uppgifter).length === 0 && !s.meddelande) {
      ctx.addIssue({
        code: 'custom',
        path: ['uppgifter'],
        message: 'Skriv vad som ska ändras: fyll i minst ett fält eller ett meddelande.',
      });
    }
    const { timmarMin, timmarMax, platserAntal, platserLediga, periodStart, periodSlut } = s.uppgifter;
    if (timmarMin !== undefined && timmarMax !== undefined && timmarMax < timmarMin) {
      ctx.addIssue({ code: 'custom', path: ['uppgifter', 'timmarMax'], message: 'Timmar per vecka: "som mest" är mindre än "minst".' });
    }
    if (platserAntal !== undefined && platserLediga !== undefined && platserLediga > platserAntal) {
      ctx.addIssue({
        code: 'custom',
        path: ['uppgifter', 'platserLediga'],
        message: 'Lediga platser kan inte vara fler än antal platser.',
      });
    }
    if (periodStart !== undefined && periodSlut !== undefined && periodSlut < periodStart) {
      ctx.addIssue({ code: 'custom', path: ['uppgifter', 'periodSlut'], message: 'Slutdatumet är före startdatumet.' });
    }
  });
export type Submission = z.infer<typeof SubmissionSchema>;

// ---------------------------------------------------------------------------------------------
// Feedback
// ---------------------------------------------------------------------------------------------

export const AterkopplingTypSchema = z.enum(['hittade-du', 'tillganglighet'], {
  error: 'Okänd typ av återkoppling: "hittade-du" eller "tillganglighet".',
});
export type AterkopplingTyp = z.infer<typeof AterkopplingTypSchema>;
export const SvarSchema = z.enum(['ja', 'nej'], { error: 'Svara ja eller nej.' });

/** A path on the site, e.g. "/vagval/jonsbo": no scheme, no host, no query. */
export const SitePathSchema = z
  .string({ error: 'Sidan saknas.' })
  .max(300, { error: 'Sidans adress får vara högst 300 tecken.' })
  .regex(/^\/(?!\/)[A-Za-z0-9\-._~/%#]*$/, { error: 'Sidan ska vara en adress på webbplatsen, t.ex. "/vagval/jonsbo".' });

/**
 * Text as typed, without the invisible characters a form can still carry: line breaks become
 * "\n" (a textarea sends CR LF, an old system a lone CR), and the remaining control characters
 * (C0, DEL, C1 — NUL, ESC, backspace…) are removed; tab and newline stay. Stored text can then
 * not garble the admin's display, a CSV export or a terminal that shows it.
 */
export function withoutControlCharacters(text: string): string {
  // [^\P{Cc}\t\n]: a control character that is neither tab nor newline.
  return text.replace(/\r\n?/g, '\n').replace(/[^\P{Cc}\t\n]/gu, '');
}

/**
 * Feedback from a visitor: "Hittade du det du sökte?" (ja/nej plus an optional
 * comment) or a report of an accessibility problem. No personal data is asked
 * for; comments are stored for the redaktion and never published.
 */
export const FeedbackSchema = z
  .object({
    typ: AterkopplingTypSchema,
    sida: SitePathSchema,
    svar: SvarSchema.optional(),
    /** Cleaned (withoutControlCharacters) before the length and HTML checks, and stored cleaned. */
    kommentar: z
      .string({ error: 'Kommentaren: skriv text.' })
      .transform(withoutControlCharacters)
      .pipe(plainText('Kommentaren', KOMMENTAR_MAX))
      .optional(),
  })
  .superRefine((f, ctx) => {
    if (f.typ === 'hittade-du' && f.svar === undefined) ctx.addIssue({ code: 'custom', path: ['svar'], message: 'Svara ja eller nej.' });
    if (f.typ === 'tillganglighet' && !f.kommentar)
      ctx.addIssue({ code: 'custom', path: ['kommentar'], message: 'Beskriv problemet: vad hände och var på sidan?' });
  });
export type FeedbackPayload = z.infer<typeof FeedbackSchema>;

// ---------------------------------------------------------------------------------------------
// Plain HTML forms
// ---------------------------------------------------------------------------------------------

/** An Idempotency-Key (header, or form field `idempotensnyckel`): 8–100 characters, letters, digits and -_.: */
export const IdempotencyKeySchema = z
  .string()
  .regex(/^[A-Za-z0-9\-_.:]{8,100}$/, { error: 'Idempotency-Key ska vara 8–100 tecken: bokstäver, siffror och -_.:' });

// The conversion itself has no zod in it, so the site's browser bundle can import it alone.
export { formFieldPath, formToPayload, parseFormFields } from './form.ts';

/** A field error in the form the intake routes answer with (and put in the redirect to the error page). */
export interface FieldError {
  path: string[];
  message: string;
}

/** Zod issues as field errors: "uppgifter.namn" → ["uppgifter", "namn"]. */
export function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((i) => ({ path: i.path.map(String), message: i.message }));
}
