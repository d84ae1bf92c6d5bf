import { z } from 'zod';
import { BlocksSchema, blocksToPlainText } from '../blocks.ts';
import { ENTRY_PATHS } from '../paths.ts';
import { MAX_TIMMAR_PER_VECKA, STODFORMER } from '../vocabulary.ts';
import { IsoDateSchema, KontaktSchema, PunktSchema, RelationRef, ReviewFields, StrapiEntryBase, slugField } from './common.ts';
import { defineContentType, REF_POPULATE } from './content-type.ts';

export const INSATS_UID = 'api::insats.insats' as const;
export const PLATS_COMPONENT = 'insats.plats' as const;
export const VAG_IN_COMPONENT = 'insats.vag-in' as const;
export const TIMMAR_COMPONENT = 'insats.timmar' as const;
export const PLATSER_COMPONENT = 'insats.platser' as const;
export const PERIOD_COMPONENT = 'insats.period' as const;

// ---------------------------------------------------------------------------------------------
// Enumerations
// ---------------------------------------------------------------------------------------------

export const StodformSchema = z.enum(STODFORMER, {
  error: 'Välj en stödform: arbetstraning, praktik, studier, sprak, halsa, friskvard, vagledning eller samordning.',
});
export type Stodform = z.infer<typeof StodformSchema>;

/** How each kind of support is shown to visitors. */
export const STODFORM_ETIKETT: Record<Stodform, string> = {
  arbetstraning: 'Arbetsträning',
  praktik: 'Praktik',
  studier: 'Studier',
  sprak: 'Språk',
  halsa: 'Hälsa och rehabilitering',
  friskvard: 'Friskvård',
  vagledning: 'Vägledning',
  samordning: 'Samordning',
};

/** Ways into an insats, as stored in Strapi. */
export const VAG_IN_TYPER = [
  'egen-anmalan',
  'intresseanmalan',
  'anvisning-af',
  'remiss-fk',
  'remiss-kommun',
  'remiss-region',
  'antagningsrad',
] as const;
export const VagInTypSchema = z.enum(VAG_IN_TYPER, {
  error:
    'Välj hur man kommer in: egen-anmalan, intresseanmalan, anvisning-af, remiss-fk, remiss-kommun, remiss-region eller antagningsrad.',
});
export type VagInTyp = z.infer<typeof VagInTypSchema>;

/** How each way in is shown to visitors. */
export const VAG_IN_ETIKETT: Record<VagInTyp, string> = {
  'egen-anmalan': 'Du kan anmäla dig själv',
  intresseanmalan: 'Intresseanmälan',
  'anvisning-af': 'Anvisning från Arbetsförmedlingen',
  'remiss-fk': 'Remiss från Försäkringskassan',
  'remiss-kommun': 'Remiss från kommunen',
  'remiss-region': 'Remiss från regionen (vården)',
  antagningsrad: 'Antagningsråd',
};

/**
 * Whether the insats is running. Stored in the attribute `driftstatus`: Strapi reserves the name
 * `status` on draft-and-publish types (it is the REST `status=published|draft` parameter).
 */
export const DRIFTSTATUSAR = ['aktiv', 'pausad', 'avslutad', 'permanentas'] as const;
export const DriftstatusSchema = z.enum(DRIFTSTATUSAR, {
  error: 'Välj status: aktiv, pausad, avslutad eller permanentas.',
});
export type Driftstatus = z.infer<typeof DriftstatusSchema>;

/** How each status is shown to visitors. */
export const DRIFTSTATUS_ETIKETT: Record<Driftstatus, string> = {
  aktiv: 'Pågår',
  pausad: 'Pausad just nu',
  avslutad: 'Avslutad',
  permanentas: 'Pågår och blir permanent',
};

// ---------------------------------------------------------------------------------------------
// Components
// ---------------------------------------------------------------------------------------------

/** Component `insats.plats`: where the insats takes place. */
export const PlatsComponentSchema = z.object({
  id: z.number().int().optional(),
  /** Namn: what the venue is called, e.g. "Jonsbo torp". Optional, at most 120 characters. Default: none. */
  namn: z.string().max(120, { error: 'Lokalens namn får vara högst 120 tecken.' }).nullable().optional(),
  /** Adress: street and number, e.g. "Torpvägen 12". Required when a venue is given. */
  adress: z
    .string({ error: 'Platsen saknar gatuadress.' })
    .min(1, { error: 'Platsen saknar gatuadress. Skriv gata och nummer, t.ex. "Torpvägen 12".' })
    .max(120, { error: 'Gatuadressen får vara högst 120 tecken.' }),
  /** Postnummer: five digits, usually written "589 41". Optional. Default: none. */
  postnummer: z
    .string()
    .regex(/^[0-9]{3} ?[0-9]{2}$/, { error: 'Postnumret ska vara fem siffror, t.ex. "589 41".' })
    .nullable()
    .optional(),
  /** Ort: the postal town, e.g. "Linköping". Required when a venue is given, at most 80 characters. */
  ort: z
    .string({ error: 'Platsen saknar ort.' })
    .min(1, { error: 'Platsen saknar ort. Skriv postorten, t.ex. "Linköping".' })
    .max(80, { error: 'Orten får vara högst 80 tecken.' }),
  /** Hitta: how to get there (bus and stop, walk, parking, entrance) for someone who has never been. Optional, at most 500 characters. */
  hitta: z.string().max(500, { error: 'Vägbeskrivningen får vara högst 500 tecken.' }).nullable().optional(),
});
export type Plats = z.infer<typeof PlatsComponentSchema>;

/** Component `insats.vag-in`: one way into the insats. */
export const VagInComponentSchema = z.object({
  id: z.number().int().optional(),
  /** Typ: self-referral, interest form, referral from AF, FK, the municipality or the region, or admission council. Required. */
  typ: VagInTypSchema,
  /** Beskrivning: an optional sentence that explains this way in. At most 300 characters. Default: none. */
  beskrivning: z.string().max(300, { error: 'Förklaringen till vägen in får vara högst 300 tecken.' }).nullable().optional(),
});
export type VagIn = z.infer<typeof VagInComponentSchema>;

const timmar = (falt: string) =>
  z
    .number({ error: `${falt}: skriv ett heltal mellan 1 och ${MAX_TIMMAR_PER_VECKA}.` })
    .int({ error: `${falt}: skriv ett heltal mellan 1 och ${MAX_TIMMAR_PER_VECKA}.` })
    .min(1, { error: `${falt}: minst 1 timme i veckan.` })
    .max(MAX_TIMMAR_PER_VECKA, { error: `${falt}: högst ${MAX_TIMMAR_PER_VECKA} timmar i veckan (heltid).` });

/** Component `insats.timmar`: hours a week, from the start (min) up to the goal (max). */
export const TimmarComponentSchema = z
  .object({
    id: z.number().int().optional(),
    /** Min: hours a week to start with, or the least one must manage. Required, 1–40. */
    min: timmar('Timmar per vecka, minst'),
    /** Max: hours a week one can build up to. Optional (no ceiling), 1–40, not below `min`. Default: none. */
    max: timmar('Timmar per vecka, som mest').nullable().optional(),
  })
  .refine((t) => t.max == null || t.max >= t.min, {
    path: ['max'],
    error: (issue) => {
      const t = issue.input as { min?: unknown; max?: unknown } | undefined;
      return `Timmar per vecka: "som mest" (${String(t?.max)}) är mindre än "minst" (${String(t?.min)}). Ändra så att minst är mindre än eller lika med som mest.`;
    },
  });
export type Timmar = z.infer<typeof TimmarComponentSchema>;

/** Component `insats.platser`: capacity, free places right now, and queue. */
export const PlatserComponentSchema = z
  .object({
    id: z.number().int().optional(),
    /** Antal: how many participants the insats can have at once. Optional (no fixed number), 0 or more. Default: none. */
    antal: z
      .number()
      .int({ error: 'Antal platser ska vara ett heltal.' })
      .min(0, { error: 'Antal platser kan inte vara negativt.' })
      .nullable()
      .optional(),
    /** Lediga: free places today; shown to visitors, keep it current. Optional, 0 or more, never more than `antal`. Default: none. */
    lediga: z
      .number()
      .int({ error: 'Lediga platser ska vara ett heltal.' })
      .min(0, { error: 'Lediga platser kan inte vara negativt.' })
      .nullable()
      .optional(),
    /** Kö: whether there is a queue right now. Default: false (no queue). */
    ko: z.boolean().default(false),
    /** Kommentar: optional note, e.g. waiting time or when new groups start. At most 200 characters. Default: none. */
    kommentar: z.string().max(200, { error: 'Kommentaren om platser får vara högst 200 tecken.' }).nullable().optional(),
    /** Uppdaterad: when lediga or kö last changed, set by the CMS (never typed). Older than the pull's limit: shown as unknown. */
    uppdaterad: z.iso
      .datetime({ error: 'Tidpunkten då lediga platser uppdaterades ska vara en tidpunkt, t.ex. 2026-12-03T09:00:00.000Z.' })
      .nullable()
      .optional(),
  })
  .refine((p) => p.antal == null || p.lediga == null || p.lediga <= p.antal, {
    path: ['lediga'],
    error: (issue) => {
      const p = issue.input as { antal?: unknown; lediga?: unknown } | undefined;
      return `Lediga platser (${String(p?.lediga)}) kan inte vara fler än antal platser (${String(p?.antal)}). Rätta antingen lediga eller antal platser.`;
    },
  });
export type Platser = z.infer<typeof PlatserComponentSchema>;

/** Component `insats.period`: when the insats started and, for projects, when it ends. */
export const PeriodComponentSchema = z
  .object({
    id: z.number().int().optional(),
    /** Start: the day the insats started or starts (YYYY-MM-DD). Required when a period is given. */
    start: IsoDateSchema,
    /** Slut: the last day, for a project with an end date (YYYY-MM-DD). Optional (permanent), not before `start`. Default: none. */
    slut: IsoDateSchema.nullable().optional(),
  })
  // ISO dates (YYYY-MM-DD) compare correctly as strings.
  .refine((p) => p.slut == null || p.slut >= p.start, {
    path: ['slut'],
    error: (issue) => {
      const p = issue.input as { start?: unknown; slut?: unknown } | undefined;
      return `Slutdatumet ${String(p?.slut)} är före startdatumet ${String(p?.start)}. Rätta datumen eller ta bort slutdatumet.`;
    },
  });
export type Period = z.infer<typeof PeriodComponentSchema>;

/** Every insats component uid → its zod schema (for the contract test and the seed). */
export const INSATS_COMPONENT_SCHEMAS = {
  [PLATS_COMPONENT]: PlatsComponentSchema,
  [VAG_IN_COMPONENT]: VagInComponentSchema,
  [TIMMAR_COMPONENT]: TimmarComponentSchema,
  [PLATSER_COMPONENT]: PlatserComponentSchema,
  [PERIOD_COMPONENT]: PeriodComponentSchema,
} as const;

// ---------------------------------------------------------------------------------------------
// Insats
// ---------------------------------------------------------------------------------------------

/** The insats's name for messages, whatever shape the input has. */
const namnI = (input: unknown): string => {
  const namn = (input as { namn?: unknown } | undefined)?.namn;
  return typeof namn === 'string' && namn ? namn : 'utan namn';
};

/** The provider is required: an insats without one cannot be published (Strapi also refuses it). */
const OrganisationRef = z.object(RelationRef.shape, {
  error: (issue) =>
    issue.input == null
      ? 'Insatsen saknar organisation. Välj vilken organisation som driver insatsen, t.ex. "Linköpings kommun".'
      : undefined,
});

/**
 * Insats: a service that helps people towards work or studies (work training, green rehabilitation,
 * study preparation …). Publishable: each gets a page under Vägval, written to the visitor in plain
 * language, and the guide Hitta rätt can suggest it.
 */
export const InsatsSchema = z
  .object({
    ...StrapiEntryBase,
    /** Adressnamn: last part of the page address, e.g. "jonsbo". Required; made from the name. Do not change once published. */
    slug: slugField,
    /** Namn: the name visitors recognise, e.g. "Jonsbo – grön rehabilitering". Required, at most 120 characters. */
    namn: z
      .string({ error: 'Insatsen saknar namn.' })
      .min(1, { error: 'Insatsen saknar namn. Skriv namnet som besökaren känner igen, t.ex. "Drivbänk".' })
      .max(120, { error: 'Insatsens namn får vara högst 120 tecken.' }),
    /** Sammanfattning: one or two plain-language sentences: what you do and who it suits. Shown in lists and the guide. Required, at most 200 characters. */
    sammanfattning: z
      .string({ error: 'Insatsen saknar sammanfattning.' })
      .min(1, { error: 'Insatsen saknar sammanfattning. Skriv en eller två meningar om vad man gör och vem det passar.' })
      .max(200, { error: 'Sammanfattningen får vara högst 200 tecken. Korta texten och lägg resten i "Beskrivning".' }),
    /** Beskrivning: the full text, to the visitor ("du"), in short paragraphs. Required rich text; may not be empty. */
    beskrivning: BlocksSchema.refine((blocks) => blocksToPlainText(blocks).length > 0, {
      error: 'Fältet "Beskrivning" är tomt. Skriv minst ett stycke om vad som händer i insatsen.',
    }),
    /** Lättläst: an optional easy-read version (one thing per sentence, common words). Default: none. */
    lattlast: BlocksSchema.nullable().optional(),
    /** Stödform: the main kind of support the insats gives. Required, no default. */
    stodform: StodformSchema,
    /** Målgrupper: who the insats is for; the guide matches on these. Populated list, may be empty. */
    malgrupper: z.array(RelationRef),
    /** Livssituationer: situations or needs the insats helps with; the guide explains its suggestions with these. Populated list, may be empty. */
    livssituationer: z.array(RelationRef),
    /** Aktiviteter: what you do there, one or two words each ("Trädgård", "Café"). Default: empty list. */
    aktiviteter: z.array(PunktSchema),
    /** Organisation: who runs the insats, e.g. Linköpings kommun. Required before publishing. */
    organisation: OrganisationRef,
    /** Förbund: the samordningsförbund that funds or owns the insats. Optional. Default: none. */
    forbund: RelationRef.nullable().optional(),
    /** Kommuner: where the insats is offered or takes participants from. At least one unless `digital` is true. */
    kommuner: z.array(RelationRef),
    /** Digital: the insats happens entirely at a distance (phone, video, chat) and is open wherever you live. Default: false. */
    digital: z.boolean().default(false),
    /** Plats: venue, address and how to get there. Optional (not needed for digital insatser). Default: none. */
    plats: PlatsComponentSchema.nullable().optional(),
    /** Vägar in: how to get in (self-referral, referral from AF/FK/kommun/region, interest form, admission council). At least one. */
    vagarIn: z.array(VagInComponentSchema).min(1, {
      error: 'Insatsen saknar väg in. Lägg till minst en väg in, t.ex. egen anmälan eller remiss från Försäkringskassan.',
    }),
    /** Steg: how to get access, in order ("Prata med din handläggare" → …). Default: empty list. */
    steg: z.array(PunktSchema),
    /** Krav: eligibility requirements, one per item ("Du kan vara med minst 10 timmar i veckan."). Default: empty list. */
    krav: z.array(PunktSchema),
    /** Timmar per vecka: intensity, from the start (min) up to the goal (max). Optional. Default: none. */
    timmarPerVecka: TimmarComponentSchema.nullable().optional(),
    /** Längd: how long people usually take part, in words ("Upp till 12 månader. Det går att förlänga."). Optional, at most 200 characters. */
    langd: z.string().max(200, { error: '"Hur länge" får vara högst 200 tecken.' }).nullable().optional(),
    /** Längd i månader: approximate longest duration in whole months, for sorting and filters. Optional, 1–60. Default: none. */
    langdManader: z
      .number()
      .int({ error: 'Längd i månader ska vara ett heltal.' })
      .min(1, { error: 'Längd i månader ska vara minst 1.' })
      .max(60, { error: 'Längd i månader får vara högst 60 (fem år).' })
      .nullable()
      .optional(),
    /** Kostnad: what it costs the participant, e.g. "Kostar ingenting. Lunch ingår." Optional, at most 200 characters. */
    kostnad: z.string().max(200, { error: 'Kostnad får vara högst 200 tecken.' }).nullable().optional(),
    /** Platser: capacity, free places now, queue. Optional. Default: none. */
    platser: PlatserComponentSchema.nullable().optional(),
    /** Språk: languages the insats is offered in, one per item ("svenska", "lätt svenska", "arabiska"). Default: empty list. */
    sprak: z.array(PunktSchema),
    /** Tillgänglighet: how the venue and activities work with a disability (ramp, toilet, rest room, sound, light). Optional, at most 1 000 characters. */
    tillganglighet: z.string().max(1000, { error: 'Tillgänglighet får vara högst 1 000 tecken.' }).nullable().optional(),
    /** Kontakt: who to contact, as a role (never a private person), with phone, e-mail and web. Optional. Default: none. */
    kontakt: KontaktSchema.nullable().optional(),
    /** Status: running, paused, ended, or being made permanent (attribute `driftstatus`, since `status` is reserved). Default: "aktiv". */
    driftstatus: DriftstatusSchema.default('aktiv'),
    /** Period: start date and, for projects, end date. Optional. Default: none. */
    period: PeriodComponentSchema.nullable().optional(),
    /** Förälder: the programme this insats is part of (e.g. Samordningsbron Kinda → Samordningsbron). Optional. Default: none. */
    forelder: RelationRef.nullable().optional(),
    /** Delar: insatser that are parts of this programme; the other side of `forelder`, filled in by Strapi. Populated list, may be empty. */
    delar: z.array(RelationRef),
    ...ReviewFields,
  })
  .refine((i) => i.digital === true || i.kommuner.length > 0, {
    path: ['kommuner'],
    // Run even when other fields have errors, so the editor sees every problem at once.
    when: ({ value }) => Array.isArray((value as { kommuner?: unknown } | undefined)?.kommuner),
    error: (issue) =>
      `Insatsen "${namnI(issue.input)}" har ingen kommun. Lägg till minst en kommun där insatsen finns, eller markera den som digital.`,
  })
  .refine((i) => i.forelder == null || i.forelder.documentId !== i.documentId, {
    path: ['forelder'],
    when: ({ value }) => {
      const v = value as { documentId?: unknown; forelder?: { documentId?: unknown } | null } | undefined;
      return typeof v?.documentId === 'string' && typeof v.forelder?.documentId === 'string';
    },
    error: (issue) =>
      `Insatsen "${namnI(issue.input)}" är vald som del av sig själv. Välj ett annat program under "Del av programmet", eller lämna fältet tomt.`,
  });
export type Insats = z.infer<typeof InsatsSchema>;

export const INSATS_TYPE = defineContentType({
  uid: INSATS_UID,
  schema: InsatsSchema,
  kind: 'collection',
  endpoint: 'insatser',
  populate: {
    malgrupper: REF_POPULATE,
    livssituationer: REF_POPULATE,
    aktiviteter: true,
    organisation: REF_POPULATE,
    forbund: REF_POPULATE,
    kommuner: REF_POPULATE,
    plats: true,
    vagarIn: true,
    steg: true,
    krav: true,
    timmarPerVecka: true,
    platser: true,
    sprak: true,
    kontakt: true,
    period: true,
    forelder: REF_POPULATE,
    delar: REF_POPULATE,
  },
  snapshot: 'insatser',
  page: ENTRY_PATHS.insats,
  seed: { file: 'insatser.json' },
});
