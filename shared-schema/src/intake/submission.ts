import { z } from 'zod';
import { InsatsSchema } from '../content/insats.ts';
import { objectShape } from '../content/shape.ts';
import { SlugSchema } from '../slug.ts';
import { contactDetailIn } from './contact-details.ts';
import { plainText, schemaOf, shapeOf } from './field-schema.ts';
import { SUBMISSION_FIELD_DETAILS, SUBMISSION_FIELD_GROUPS, submissionFields } from './fields.ts';

/**
 * What member organisations and visitors send to the CMS's intake routes
 * (`POST /api/intake/forslag`, `POST /api/intake/aterkoppling`), as JSON or as a
 * plain HTML form (`application/x-www-form-urlencoded`, nested names like
 * `plats[adress]`, repeated names for lists). Every text is plain text with a
 * length limit; HTML tags are refused, so nothing submitted can ever run as code.
 */

/** Largest request body the intake routes accept (bytes); larger bodies get 413. */
export const INTAKE_MAX_BODY_BYTES = 64 * 1024;

/** The kinds of proposal, as the form offers them. */
export const FORSLAG_TYPER = SUBMISSION_FIELD_DETAILS.typ.options.map((o) => o.value);
export const ForslagTypSchema = z.enum(FORSLAG_TYPER, {
  error: 'Välj om du föreslår en ny insats ("ny-insats") eller en ändring av en befintlig ("andring").',
});
export type ForslagTyp = z.infer<typeof ForslagTypSchema>;

/** The longest feedback comment or accessibility report; the site's forms show and enforce it. */
export const KOMMENTAR_MAX = 2000;

export { plainText };

const insats = objectShape(InsatsSchema);

/**
 * The fields of an insats that an organisation can know, from the field table (fields.ts).
 * Everything is optional here so that a change can name only what changed; a new insats needs
 * the fields the table marks as required for one (checked below).
 */
export const SubmissionInsatsSchema = z.object({
  ...shapeOf('uppgifter'),
  /** Same rule as the insats field (1–60 months). */
  langdManader: (insats.langdManader as z.ZodOptional<z.ZodNullable<z.ZodNumber>>).unwrap().unwrap().optional(),
});
export type SubmissionInsats = z.infer<typeof SubmissionInsatsSchema>;

/** Who sent the proposal, for the redaktion's questions: a role and a way to reach them; the name is optional. */
export const AvsandareSchema = z
  .object(shapeOf('avsandare'), { error: SUBMISSION_FIELD_GROUPS.avsandare.schemaError })
  .refine((a) => a.epost !== undefined || a.telefon !== undefined, {
    path: ['epost'],
    error: SUBMISSION_FIELD_DETAILS['avsandare.epost'].schema.missing,
  });
export type Avsandare = z.infer<typeof AvsandareSchema>;

const uppgifter = submissionFields().filter((f) => f.path.startsWith('uppgifter.'));
/** What a new insats must have, with the schema's message for each. */
const NY_INSATS_KRAV = uppgifter
  .filter((f) => f.required === 'ny-insats')
  .map((f) => ({
    key: f.path.slice('uppgifter.'.length) as keyof SubmissionInsats,
    message: f.schema?.missing ?? f.messages?.missing ?? '',
  }));
/** Pairs of fields in order: "som mest" not under "minst", free places not over all places, the end not before the start. */
const ORDNING = uppgifter.flatMap((f) => {
  const other = f.notBelow ?? f.notAbove;
  if (other === undefined) return [];
  return [
    {
      key: f.path.slice('uppgifter.'.length) as keyof SubmissionInsats,
      other: other.slice('uppgifter.'.length) as keyof SubmissionInsats,
      below: f.notBelow !== undefined,
      message: f.schema?.order ?? f.messages?.order ?? '',
    },
  ];
});
const ANDRING_INSATS = SUBMISSION_FIELD_DETAILS.insats.messages.missing;

/** The organisation's submission key, from the redaktion. Identifies the organisation. */
export const NyckelSchema = z
  .string({ error: 'Inlämningsnyckeln saknas. Skriv nyckeln som redaktionen gav er organisation.' })
  .trim()
  .min(1, { error: 'Inlämningsnyckeln saknas. Skriv nyckeln som redaktionen gav er organisation.' })
  .max(SUBMISSION_FIELD_DETAILS.nyckel.maxLength, {
    error: 'Inlämningsnyckeln är för lång — kontrollera att du klistrat in rätt nyckel.',
  });

/** A proposal from a member organisation: a new insats, or a change to one that exists. */
export const SubmissionSchema = z
  .object({
    nyckel: NyckelSchema,
    typ: ForslagTypSchema,
    /** For a change: the insats's address name (slug), e.g. "jonsbo". */
    insats: SlugSchema.optional(),
    uppgifter: SubmissionInsatsSchema,
    /** A message to the redaktion, e.g. what changed and why. Never published. */
    meddelande: schemaOf('meddelande'),
    avsandare: AvsandareSchema,
  })
  .superRefine((s, ctx) => {
    if (s.typ === 'andring' && !s.insats) {
      ctx.addIssue({ code: 'custom', path: ['insats'], message: ANDRING_INSATS });
    }
    if (s.typ === 'ny-insats') {
      for (const { key, message } of NY_INSATS_KRAV) {
        const v = s.uppgifter[key];
        if (v === undefined || v === '') ctx.addIssue({ code: 'custom', path: ['uppgifter', key], message });
      }
    }
    if (s.typ === 'andring' && Object.keys(s.uppgifter).length === 0 && !s.meddelande) {
      ctx.addIssue({
        code: 'custom',
        path: ['uppgifter'],
        message: 'Skriv vad som ska ändras: fyll i minst ett fält eller ett meddelande.',
      });
    }
    for (const { key, other, below, message } of ORDNING) {
      const [value, limit] = [s.uppgifter[key], s.uppgifter[other]];
      if (value === undefined || limit === undefined) continue;
      if (below ? value < limit : value > limit) ctx.addIssue({ code: 'custom', path: ['uppgifter', key], message });
    }
  });
export type Submission = z.infer<typeof SubmissionSchema>;

// ---------------------------------------------------------------------------------------------
// Feedback
// ---------------------------------------------------------------------------------------------

export const AterkopplingTypSchema = z.enum(['hittade-du', 'tillganglighet', 'fraga'], {
  error: 'Okänd typ av återkoppling: "hittade-du", "tillganglighet" eller "fraga".',
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
 * comment), a report of an accessibility problem, or a question for the FAQ
 * (Ställ en fråga, the question in `kommentar`). No personal data is asked for;
 * texts are stored for the redaktion and never published as sent.
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
    if (f.typ === 'fraga') {
      if (!f.kommentar) ctx.addIssue({ code: 'custom', path: ['kommentar'], message: 'Skriv din fråga.' });
      else if (f.svar !== undefined) ctx.addIssue({ code: 'custom', path: ['svar'], message: 'En fråga har inget ja- eller nej-svar.' });
      const detail = f.kommentar ? contactDetailIn(f.kommentar) : null;
      if (detail)
        ctx.addIssue({
          code: 'custom',
          path: ['kommentar'],
          message: `Frågan ser ut att innehålla ${detail}. Ta bort det och skicka igen: vi svarar inte personligen, svaret kommer bland vanliga frågor.`,
        });
    }
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
export { type FieldKind, formFieldPath, formToPayload, parseFormFields, SUBMISSION_FIELDS, type SubmissionFieldPath } from './form.ts';

/** A field error in the form the intake routes answer with (and put in the redirect to the error page). */
export interface FieldError {
  path: string[];
  message: string;
}

/** Zod issues as field errors: "uppgifter.namn" → ["uppgifter", "namn"]. */
export function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((i) => ({ path: i.path.map(String), message: i.message }));
}
