import { z } from 'zod';
import { SlugSchema } from '../slug.ts';

/** ISO calendar date as Strapi's `date` type delivers it: YYYY-MM-DD. */
export const IsoDateSchema = z.iso.date({ error: 'Datumet måste skrivas ÅÅÅÅ-MM-DD, t.ex. 2026-03-01.' });

/** Fields Strapi adds to every entry in a REST response. */
export const StrapiEntryBase = {
  /** Numeric row id; differs between draft and published versions and between databases. */
  id: z.number().int(),
  /** Stable id of the document across versions and locales; what the admin URL uses. */
  documentId: z.string().min(1),
  createdAt: z.string().optional(),
  updatedAt: z.string().optional(),
  /** Set on published entries; the pull only ever sees published ones. */
  publishedAt: z.string().nullable().optional(),
  /** Locale code; `sv` is the default and the only one in use so far. */
  locale: z.string().nullable().optional(),
} as const;

/** The Strapi fields that are not part of the editors' content model (for the contract test). */
export const STRAPI_SYSTEM_FIELDS = Object.keys(StrapiEntryBase);

/** Review metadata on every publishable entry: when it was last checked and how often it must be. */
export const ReviewFields = {
  /** Senast granskad: the date an editor last confirmed the text is correct. */
  senastGranskad: IsoDateSchema,
  /** How many months may pass before the entry must be reviewed again. Default 12. */
  granskningsintervallManader: z.number().int().min(1).max(36).default(12),
} as const;

/** A slug field, required on every entry with its own page. */
export const slugField = SlugSchema;

/** Component `shared.punkt`: one item in a list of short texts (requirements, activities, steps…). */
export const PunktSchema = z.object({
  id: z.number().int().optional(),
  /** The item's text, one short sentence. */
  text: z.string().min(1, { error: 'Punkten är tom — skriv en text eller ta bort punkten.' }).max(300),
});
export type Punkt = z.infer<typeof PunktSchema>;

/** Swedish phone number as editors write it: digits, spaces, hyphens, optional leading +46. */
export const PhoneSchema = z
  .string()
  .regex(/^(\+46|0)[0-9 -]{5,16}$/, { error: 'Telefonnumret ska skrivas som 013-123 45 67 eller +46 13 123 45 67.' });

/**
 * An e-mail address someone can write to. Zod's own check lets a domain part end in a hyphen
 * ("kontakt@stod-.example.se"), which no mail server accepts and which the open data's HSDS schema
 * (JSON Schema's "email" format) refuses: one such address would fail the whole site build.
 */
const EMAIL_ADDRESS = /^(?!\.)(?!.*\.\.)[A-Za-z0-9_'+.-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}$/;
export const emailSchema = (error = 'E-postadressen är inte giltig, t.ex. kontakt@exempel.se.') =>
  z.email({ pattern: EMAIL_ADDRESS, error });

/**
 * A web address on the open web: https only (http links are refused), and without a user name
 * or password ("https://user:pass@host/…"), which can disguise where a link really goes.
 */
export const HttpsUrlSchema = z
  .url({ protocol: /^https$/, error: 'Webbadressen måste börja med https://.' })
  .refine((u) => !/^https:\/\/[^/?#]*@/i.test(u), {
    error: 'Webbadressen får inte innehålla användarnamn eller lösenord (något@ före adressen). Skriv bara https://adressen.',
  });

/** Component `shared.kontakt`: how to reach the people behind an insats or förbund (a role, never a private person). */
export const KontaktSchema = z.object({
  id: z.number().int().optional(),
  /** A role, not a person's name, e.g. "Samordnare på Jonsbo". */
  roll: z
    .string()
    .min(1, { error: 'Skriv vilken roll kontakten har, t.ex. "Samordnare".' })
    .max(120, { error: 'Rollen får vara högst 120 tecken, t.ex. "Samordnare".' }),
  telefon: PhoneSchema.nullable().optional(),
  epost: emailSchema().nullable().optional(),
  webb: HttpsUrlSchema.nullable().optional(),
});
export type Kontakt = z.infer<typeof KontaktSchema>;

/** A populated relation as REST returns it: we ask for documentId and slug/namn only. */
export const RelationRef = z.object({
  id: z.number().int().optional(),
  documentId: z.string(),
  slug: z.string().optional(),
  namn: z.string().optional(),
});
export type RelationRefT = z.infer<typeof RelationRef>;
