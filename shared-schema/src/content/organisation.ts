import { z } from 'zod';
import { HttpsUrlSchema, RelationRef, StrapiEntryBase, slugField } from './common.ts';
import { defineContentType, REF_POPULATE } from './content-type.ts';

export const ORGANISATION_UID = 'api::organisation.organisation' as const;

/** Kinds of organisation, as stored in Strapi. */
export const ORGANISATIONSTYPER = ['kommun', 'region', 'myndighet', 'forbund', 'civilsamhalle', 'foretag'] as const;
export const OrganisationstypSchema = z.enum(ORGANISATIONSTYPER, {
  error: 'Välj typ av organisation: kommun, region, myndighet, forbund, civilsamhalle eller foretag.',
});
export type Organisationstyp = z.infer<typeof OrganisationstypSchema>;

/** How each kind of organisation is shown to visitors. */
export const ORGANISATIONSTYP_ETIKETT: Record<Organisationstyp, string> = {
  kommun: 'Kommun',
  region: 'Region',
  myndighet: 'Statlig myndighet',
  forbund: 'Samordningsförbund',
  civilsamhalle: 'Förening eller idéburen organisation',
  foretag: 'Företag eller kooperativ',
};

/**
 * Organisation: a concrete organisation that runs insatser or is a member of a förbund, e.g.
 * "Linköpings kommun" or "Region Östergötland". A fixed vocabulary (no drafts, no translations).
 */
export const OrganisationSchema = z
  .object({
    ...StrapiEntryBase,
    /** Adressnamn: used in addresses and filters, e.g. "linkopings-kommun". Required; made from the name. */
    slug: slugField,
    /** Namn: the official name, e.g. "Linköpings kommun". Required, at most 120 characters. */
    namn: z
      .string({ error: 'Organisationen saknar namn.' })
      .min(1, { error: 'Organisationen saknar namn. Skriv det officiella namnet, t.ex. "Linköpings kommun".' })
      .max(120, { error: 'Organisationens namn får vara högst 120 tecken.' }),
    /** Typ: what kind of organisation this is. Required, no default. */
    typ: OrganisationstypSchema,
    /** Aktör: which actor on the Aktörer page the organisation belongs to, e.g. "Regionen". Optional. Default: none. */
    aktor: RelationRef.nullable().optional(),
    /** Kommun: the municipality the organisation belongs to. Required when `typ` is "kommun"; otherwise optional. Default: none. */
    kommun: RelationRef.nullable().optional(),
    /** Webb: the organisation's website, https only. Optional. Default: none. */
    webb: HttpsUrlSchema.nullable().optional(),
  })
  .refine((o) => o.typ !== 'kommun' || o.kommun != null, {
    path: ['kommun'],
    error: (issue) => {
      const namn = (issue.input as { namn?: unknown } | undefined)?.namn;
      return `Organisationen "${typeof namn === 'string' && namn ? namn : 'utan namn'}" är en kommun men har ingen kommun vald. Välj kommunen i fältet Kommun.`;
    },
  });
export type Organisation = z.infer<typeof OrganisationSchema>;

export const ORGANISATION_TYPE = defineContentType({
  uid: ORGANISATION_UID,
  schema: OrganisationSchema,
  kind: 'collection',
  endpoint: 'organisationer',
  populate: { aktor: REF_POPULATE, kommun: REF_POPULATE },
  snapshot: 'organisationer',
  page: null,
  seed: { file: 'organisationer.json' },
});
