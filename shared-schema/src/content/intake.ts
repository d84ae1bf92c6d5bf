import { z } from 'zod';
import { AterkopplingTypSchema, ForslagTypSchema, SubmissionInsatsSchema, SvarSchema } from '../intake/submission.ts';
import { RelationRef, StrapiEntryBase } from './common.ts';
import { defineContentType, REF_POPULATE } from './content-type.ts';

/**
 * The intake content types: what member organisations and visitors send in.
 * None is publishable and none is readable through the public API — they live
 * in the CMS for the redaktion only (and, for förslag, the organisation's Skribent).
 * These schemas describe the entries as the CMS stores them; the payloads the
 * intake routes accept are in ../intake/submission.ts.
 */

export const FORSLAG_UID = 'api::forslag.forslag' as const;
export const INLAMNINGSNYCKEL_UID = 'api::inlamningsnyckel.inlamningsnyckel' as const;
export const ATERKOPPLING_UID = 'api::aterkoppling.aterkoppling' as const;
export const PLATSANDRING_UID = 'api::platsandring.platsandring' as const;

/** The content types the intake routes write; never public, never in the snapshot. */
export const INTAKE_UIDS = [FORSLAG_UID, INLAMNINGSNYCKEL_UID, ATERKOPPLING_UID, PLATSANDRING_UID] as const;

/** A receipt number: "VG-2026-000123" (year, then the entry's number). */
export const KVITTO_PATTERN = /^VG-[0-9]{4}-[0-9]{6,}$/;

/** Where a förslag is in the redaktion's work (attribute `behandling`: `status` is Strapi's draft/published parameter). */
export const BEHANDLINGAR = ['ny', 'behandlad', 'avvisad'] as const;
export const BehandlingSchema = z.enum(BEHANDLINGAR, { error: 'Välj ny, behandlad eller avvisad.' });

const datetime = z.string({ error: 'Tidpunkten saknas.' }).min(1);
const optionalText = (max: number) => z.string().max(max).nullable().optional();

/** Förslag: a proposal from a member organisation for a new insats or a change to one. */
export const ForslagSchema = z.object({
  ...StrapiEntryBase,
  /** Typ: a new insats, or a change to an existing one. */
  typ: ForslagTypSchema,
  /** Insats: the insats a change is about; after "Tillämpa", the draft made from a new proposal. */
  insats: RelationRef.nullable().optional(),
  /** Organisation: the sender, from the submission key (never from the form). */
  organisation: RelationRef.nullable().optional(),
  /** Uppgifter: the submitted insats fields, validated by the submission schema. */
  uppgifter: SubmissionInsatsSchema,
  /** Meddelande: a note to the redaktion. Never published. */
  meddelande: optionalText(2000),
  avsandareNamn: optionalText(120),
  avsandareRoll: z.string().min(1).max(120),
  avsandareEpost: optionalText(254),
  avsandareTelefon: optionalText(30),
  /** Kvitto: the receipt number the sender got, e.g. VG-2026-000123. Unique. */
  kvitto: z.string().regex(KVITTO_PATTERN, { error: 'Kvittonumret ska se ut som VG-2026-000123.' }),
  /** Behandling: ny → behandlad (turned into a draft) or avvisad. */
  behandling: BehandlingSchema.default('ny'),
  /** Mottagen: when the CMS committed it. */
  mottagen: datetime,
});
export type Forslag = z.infer<typeof ForslagSchema>;

/** Inlämningsnyckel: one organisation's submission key. Only a hash is stored (private); `prefix` lets people recognise it. */
export const InlamningsnyckelSchema = z.object({
  ...StrapiEntryBase,
  organisation: RelationRef.nullable().optional(),
  /** Prefix: the key's first characters, e.g. "vg_k3Jd9", shown so the redaktion can tell keys apart. */
  prefix: z.string().min(1).max(16),
  /** Aktiv: false once the key is revoked or replaced. */
  aktiv: z.boolean().default(true),
  skapad: datetime,
  aterkallad: datetime.nullable().optional(),
});
export type Inlamningsnyckel = z.infer<typeof InlamningsnyckelSchema>;

/** Återkoppling: "Hittade du det du sökte?", an accessibility problem report or a question for the FAQ. No personal data; never published. */
export const AterkopplingSchema = z.object({
  ...StrapiEntryBase,
  typ: AterkopplingTypSchema,
  sida: z.string().min(1).max(300),
  svar: SvarSchema.nullable().optional(),
  kommentar: optionalText(2000),
  mottagen: datetime,
  /** FAQ-utkast: for a question, the FAQ draft the redaktion made from it (one action in the admin). */
  faqUtkast: RelationRef.nullable().optional(),
});
export type Aterkoppling = z.infer<typeof AterkopplingSchema>;

export const FORSLAG_TYPE = defineContentType({
  uid: FORSLAG_UID,
  schema: ForslagSchema,
  kind: 'collection',
  endpoint: 'forslagen',
  populate: { insats: REF_POPULATE, organisation: REF_POPULATE },
  snapshot: null,
  page: null,
  seed: null,
});

export const INLAMNINGSNYCKEL_TYPE = defineContentType({
  uid: INLAMNINGSNYCKEL_UID,
  schema: InlamningsnyckelSchema,
  kind: 'collection',
  endpoint: 'inlamningsnycklar',
  populate: { organisation: REF_POPULATE },
  snapshot: null,
  page: null,
  seed: null,
});

export const ATERKOPPLING_TYPE = defineContentType({
  uid: ATERKOPPLING_UID,
  schema: AterkopplingSchema,
  kind: 'collection',
  endpoint: 'aterkopplingar',
  populate: { faqUtkast: REF_POPULATE },
  snapshot: null,
  page: null,
  seed: null,
});

/** Who changed free places: an organisation's submission key, or someone in the admin. */
export const PLATSANDRING_KALLOR = ['inlamningsnyckel', 'admin'] as const;

/**
 * Platsändring: one change of an insats's free places or queue, as the log the redaktion reads
 * (who, when, old → new). Written by the CMS only, never edited; never public.
 */
export const PlatsandringSchema = z.object({
  ...StrapiEntryBase,
  insats: RelationRef.nullable().optional(),
  organisation: RelationRef.nullable().optional(),
  /** Kalla: a submission key (the provider) or the admin (an editor). */
  kalla: z.enum(PLATSANDRING_KALLOR),
  /** Vem: the key's prefix and organisation, or the editor's name and e-mail address. */
  vem: z.string().min(1).max(200),
  ledigaFore: z.number().int().nullable().optional(),
  ledigaEfter: z.number().int().nullable().optional(),
  koFore: z.boolean().nullable().optional(),
  koEfter: z.boolean().nullable().optional(),
  /** Publicerad: true when the change went live at once (a provider's update), false for a draft saved in the admin. */
  publicerad: z.boolean(),
  tidpunkt: datetime,
});
export type Platsandring = z.infer<typeof PlatsandringSchema>;

export const PLATSANDRING_TYPE = defineContentType({
  uid: PLATSANDRING_UID,
  schema: PlatsandringSchema,
  kind: 'collection',
  endpoint: 'platsandringar',
  populate: { insats: REF_POPULATE, organisation: REF_POPULATE },
  snapshot: null,
  page: null,
  seed: null,
});
