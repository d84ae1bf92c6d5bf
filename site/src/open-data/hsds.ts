/**
 * The site's insatser, organisations, förbund and places as Open Referral's Human Services Data
 * Specification 3.0 (HSDS): the objects the static open-data files hold. Identifiers are UUIDs
 * derived from the CMS's documentIds, so they stay the same from build to build.
 */
import { createHash } from 'node:crypto';
import type { Insats } from '@vg/shared-schema';
import {
  blocksToPlainText,
  type Driftstatus,
  ORGANISATIONSTYP_ETIKETT,
  STODFORM_ETIKETT,
  STODFORMER,
  VAG_IN_ETIKETT,
} from '@vg/shared-schema';
import { ENTRY_PATHS } from '@vg/shared-schema/paths';
import type { InsatsItem, SiteIndex } from '../lib/site-index.ts';
import { hsdsUri } from './uri.ts';

export const HSDS_VERSION = '3.0';
/** Services per page of the paginated list. */
export const HSDS_PAGE_SIZE = 50;

type Json = Record<string, unknown>;

/** A UUID (version 5 layout) from a name: the same name always gives the same identifier. */
export function hsdsId(...name: string[]): string {
  const hex = createHash('sha1')
    .update(`valfardsguiden:${name.join(':')}`)
    .digest('hex');
  const variant = ((Number.parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}

/** HSDS's four service states; a paused insats is temporarily closed, a finished one inactive. */
const STATUS: Record<Driftstatus, string> = {
  aktiv: 'active',
  permanentas: 'active',
  pausad: 'temporarily closed',
  avslutad: 'inactive',
};

/** Language names as the redaktion writes them → ISO 639-1 codes (ISO 639-3 where there is no 639-1 code). */
const LANGUAGE_CODES: Readonly<Record<string, string>> = {
  svenska: 'sv',
  'lätt svenska': 'sv',
  engelska: 'en',
  arabiska: 'ar',
  somaliska: 'so',
  ukrainska: 'uk',
  persiska: 'fa',
  dari: 'prs',
  tigrinja: 'ti',
  finska: 'fi',
  kurdiska: 'ku',
  polska: 'pl',
  ryska: 'ru',
  turkiska: 'tr',
  bosniska: 'bs',
  teckenspråk: 'swl',
  'svenskt teckenspråk': 'swl',
};

/** The three classifications visitors filter by, as HSDS taxonomies. */
const TAXONOMIES = {
  malgrupp: { name: 'Målgrupp', description: 'Vem insatsen är till för.' },
  livssituation: { name: 'Livssituation', description: 'Den livssituation insatsen kan hjälpa i.' },
  stodform: { name: 'Stödform', description: 'Vilken sorts stöd insatsen ger.' },
  platser: { name: 'Platser', description: 'Hur många platser insatsen har och hur många som är lediga.' },
} as const;
type TaxonomyKey = keyof typeof TAXONOMIES;

/**
 * HSDS 3.0 has no capacity object, so the number of places and of free places are attributes
 * whose value is the number (with the queue status as one more).
 */
const PLATSER_TERMS = [
  { code: 'antal', name: 'Platser', description: 'Hur många platser insatsen har.' },
  { code: 'lediga', name: 'Lediga platser', description: 'Hur många platser som är lediga just nu.' },
  { code: 'ko', name: 'Kö', description: 'Om det är kö till insatsen just nu (ja eller nej).' },
] as const;

export class HsdsExport {
  readonly #site: SiteIndex;
  readonly #siteUrl: URL;

  constructor(site: SiteIndex, siteUrl: URL) {
    this.#site = site;
    this.#siteUrl = siteUrl;
  }

  taxonomies(): Json[] {
    return (Object.keys(TAXONOMIES) as TaxonomyKey[]).map((key) => ({
      id: hsdsId('taxonomy', key),
      name: TAXONOMIES[key].name,
      description: TAXONOMIES[key].description,
      uri: new URL(`/oppna-data/hsds/taxonomies/${hsdsId('taxonomy', key)}.json`, this.#siteUrl).href,
      version: '1',
    }));
  }

  taxonomyTerms(): Json[] {
    const c = this.#site.collections;
    return [
      ...c.malgrupper.map((m) => this.#term('malgrupp', m.data.slug, m.data.namn, m.data.beskrivning)),
      ...c.livssituationer.map((l) => this.#term('livssituation', l.data.slug, l.data.namn, l.data.beskrivning)),
      ...STODFORMER.map((s) => this.#term('stodform', s, STODFORM_ETIKETT[s], STODFORM_ETIKETT[s])),
      ...PLATSER_TERMS.map((t) => this.#term('platser', t.code, t.name, t.description)),
    ];
  }

  #term(taxonomy: TaxonomyKey, code: string, name: string, description: string): Json {
    return {
      id: hsdsId('term', taxonomy, code),
      code,
      name,
      description,
      taxonomy: TAXONOMIES[taxonomy].name,
      taxonomy_id: hsdsId('taxonomy', taxonomy),
      language: 'sv',
    };
  }

  /** Member organisations and förbund; each organisation's services point at it. */
  organizations(): Json[] {
    this.#organizations ??= this.#listOrganizations();
    return this.#organizations;
  }

  #listOrganizations(): Json[] {
    const c = this.#site.collections;
    return [
      ...c.organisationer.map((o) => ({
        id: hsdsId('organisation', o.data.documentId),
        name: o.data.namn,
        description: ORGANISATIONSTYP_ETIKETT[o.data.typ],
        ...(o.data.webb ? { website: hsdsUri(o.data.webb) } : {}),
      })),
      ...c.forbund.map((f) => ({
        id: hsdsId('forbund', f.data.documentId),
        name: f.data.namn,
        description: blocksToPlainText(f.data.beskrivning),
        ...(f.data.kontakt?.epost ? { email: f.data.kontakt.epost } : {}),
      })),
    ];
  }

  organization(documentId: string): Json {
    const found = this.organizations().find((o) => o.id === hsdsId('organisation', documentId));
    if (!found) throw new Error(`Organisationen ${documentId} finns inte i innehållet.`);
    return found;
  }

  /** One service with only its one-to-one fields: the paginated list's items. */
  serviceSummary(item: InsatsItem): Json {
    const d = item.data;
    const id = hsdsId('insats', d.documentId);
    const malgrupper = this.#site.resolveAll('malgrupper', d.malgrupper).map((m) => m.data.namn);
    const eligibility = [...(malgrupper.length > 0 ? [`För: ${malgrupper.join(', ')}.`] : []), ...d.krav.map((k) => k.text)];
    return {
      id,
      organization_id: hsdsId('organisation', d.organisation.documentId),
      name: d.namn,
      description: `${d.sammanfattning}\n\n${blocksToPlainText(d.beskrivning)}`,
      url: new URL(ENTRY_PATHS.insats(d.slug), this.#siteUrl).href,
      ...(d.kontakt?.epost ? { email: d.kontakt.epost } : {}),
      status: STATUS[d.driftstatus],
      application_process: [
        `Vägar in: ${d.vagarIn.map((v) => VAG_IN_ETIKETT[v.typ]).join('; ')}.`,
        ...d.steg.map((s, i) => `${i + 1}. ${s.text}`),
      ].join('\n'),
      ...(d.kostnad ? { fees_description: d.kostnad } : {}),
      ...(eligibility.length > 0 ? { eligibility_description: eligibility.join('\n') } : {}),
      assured_date: d.senastGranskad,
    };
  }

  /** One service with everything that belongs to it: organisation, areas, languages, contact, places and classifications. */
  service(item: InsatsItem): Json {
    const d = item.data;
    const id = hsdsId('insats', d.documentId);
    const site = this.#site;
    const attribute = (taxonomy: TaxonomyKey, code: string, name: string, description: string) => {
      const term = this.#term(taxonomy, code, name, description);
      return {
        id: hsdsId('attribute', d.documentId, taxonomy, code),
        link_id: id,
        link_type: taxonomy === 'malgrupp' ? 'eligibility' : 'service_type',
        link_entity: 'service',
        taxonomy_term_id: term.id,
        taxonomy_term: term,
      };
    };
    const phone = d.kontakt?.telefon ? [{ id: hsdsId('phone', d.documentId), service_id: id, number: d.kontakt.telefon }] : [];
    return {
      ...this.serviceSummary(item),
      organization: this.organization(d.organisation.documentId),
      phones: phone,
      contacts: d.kontakt
        ? [
            {
              id: hsdsId('contact', d.documentId),
              service_id: id,
              title: d.kontakt.roll,
              ...(d.kontakt.epost ? { email: d.kontakt.epost } : {}),
              phones: phone,
            },
          ]
        : [],
      service_areas: site.resolveAll('kommuner', d.kommuner).map((k) => ({
        id: hsdsId('area', d.documentId, k.data.kod),
        service_id: id,
        name: k.data.namn,
        description: `${k.data.namn} kommun (kommunkod ${k.data.kod}, ${k.data.lan})`,
        extent: k.data.kod,
        extent_type: 'text',
        uri: `https://www.scb.se/kommunkod/${k.data.kod}`,
      })),
      languages: d.sprak.map((s, i) => {
        const code = LANGUAGE_CODES[s.text.trim().toLowerCase()];
        return {
          id: hsdsId('language', d.documentId, String(i)),
          service_id: id,
          name: s.text,
          ...(code ? { code } : { note: 'Ingen språkkod: fritt skriven uppgift.' }),
        };
      }),
      service_at_locations: this.#serviceAtLocations(item),
      attributes: [
        ...site.resolveAll('malgrupper', d.malgrupper).map((m) => attribute('malgrupp', m.data.slug, m.data.namn, m.data.beskrivning)),
        ...site
          .resolveAll('livssituationer', d.livssituationer)
          .map((l) => attribute('livssituation', l.data.slug, l.data.namn, l.data.beskrivning)),
        attribute('stodform', d.stodform, STODFORM_ETIKETT[d.stodform], STODFORM_ETIKETT[d.stodform]),
        ...platserAttributes(d.platser).map(({ code, value }) => {
          const term = PLATSER_TERMS.find((t) => t.code === code) as (typeof PLATSER_TERMS)[number];
          return { ...attribute('platser', code, term.name, term.description), link_type: 'service_capacity', value };
        }),
      ],
    };
  }

  /** Where an insats takes place: its venue, and for a digital insats its page as a virtual location. */
  #serviceAtLocations(item: InsatsItem): Json[] {
    const d = item.data;
    const virtual = () => {
      const id = hsdsId('digital', d.documentId);
      return {
        id: hsdsId('service-at-location', d.documentId, 'digital'),
        service_id: hsdsId('insats', d.documentId),
        location_id: id,
        location: {
          id,
          location_type: 'virtual',
          organization_id: hsdsId('organisation', d.organisation.documentId),
          name: `${d.namn} (digitalt)`,
          url: new URL(ENTRY_PATHS.insats(d.slug), this.#siteUrl).href,
        },
      };
    };
    return [...(d.plats ? [this.#serviceAtLocation(item)] : []), ...(d.digital ? [virtual()] : [])];
  }

  /** Where an insats with a venue takes place. */
  #serviceAtLocation(item: InsatsItem): Json {
    const d = item.data;
    const plats = d.plats as NonNullable<typeof d.plats>;
    const locationId = hsdsId('plats', d.documentId);
    const kommun = d.kommuner[0] ? this.#site.resolve('kommuner', d.kommuner[0]).data : undefined;
    return {
      id: hsdsId('service-at-location', d.documentId),
      service_id: hsdsId('insats', d.documentId),
      location_id: locationId,
      location: {
        id: locationId,
        location_type: 'physical',
        organization_id: hsdsId('organisation', d.organisation.documentId),
        name: plats.namn ?? d.namn,
        // HSDS requires a postal code and a region in an address: without them the street and
        // town go in the description rather than into an address that would not conform.
        ...(plats.postnummer && kommun
          ? {
              addresses: [
                {
                  id: hsdsId('address', d.documentId),
                  location_id: locationId,
                  address_1: plats.adress,
                  city: plats.ort,
                  state_province: kommun.lan,
                  postal_code: plats.postnummer,
                  country: 'SE',
                  address_type: 'physical',
                },
              ],
            }
          : { description: `${plats.adress}, ${plats.ort}` }),
      },
    };
  }

  #services: Json[] | undefined;
  #servicesById: Map<string, Json> | undefined;
  #pages: Json[] | undefined;
  #organizations: Json[] | undefined;

  /** Every insats as a full service, computed once per build: the per-service files and every CSV table read them. */
  services(): Json[] {
    this.#services ??= this.#site.collections.insatser.map((i) => this.service(i));
    return this.#services;
  }

  /** The full service of one insats, by its documentId. */
  serviceFor(documentId: string): Json {
    this.#servicesById ??= new Map(this.#site.collections.insatser.map((item, n) => [item.data.documentId, this.services()[n] as Json]));
    const found = this.#servicesById.get(documentId);
    if (!found) throw new Error(`Insatsen ${documentId} finns inte i innehållet.`);
    return found;
  }

  serviceAtLocations(): Json[] {
    return this.#site.collections.insatser.flatMap((i) => this.#serviceAtLocations(i));
  }

  /** The services in pages of HSDS_PAGE_SIZE, each page in HSDS's paginated shape. */
  servicePages(): Json[] {
    this.#pages ??= this.#paginate();
    return this.#pages;
  }

  #paginate(): Json[] {
    const all = this.#site.collections.insatser.map((i) => this.serviceSummary(i));
    const total = Math.max(1, Math.ceil(all.length / HSDS_PAGE_SIZE));
    return Array.from({ length: total }, (_, n) => {
      const contents = all.slice(n * HSDS_PAGE_SIZE, (n + 1) * HSDS_PAGE_SIZE);
      return {
        total_items: all.length,
        total_pages: total,
        page_number: n + 1,
        size: contents.length,
        first_page: n === 0,
        last_page: n === total - 1,
        empty: contents.length === 0,
        contents,
      };
    });
  }
}

/** A list in HSDS's paginated shape, as one page. */
export const onePage = (contents: Json[]): Json => ({
  total_items: contents.length,
  total_pages: 1,
  page_number: 1,
  size: contents.length,
  first_page: true,
  last_page: true,
  empty: contents.length === 0,
  contents,
});

/** The places of an insats as attribute values: how many, how many free, and whether there is a queue. */
function platserAttributes(platser: Insats['platser']) {
  if (!platser) return [];
  return [
    ...(platser.antal != null ? [{ code: 'antal', value: String(platser.antal) }] : []),
    ...(platser.lediga != null ? [{ code: 'lediga', value: String(platser.lediga) }] : []),
    ...(platser.ko != null ? [{ code: 'ko', value: platser.ko ? 'ja' : 'nej' }] : []),
  ];
}
