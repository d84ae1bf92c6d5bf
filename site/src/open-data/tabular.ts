/**
 * HSDS's tabular form: one CSV file per table, the nested objects of the JSON export flattened
 * into rows linked by identifiers, and a Frictionless `datapackage.json` describing the files.
 */
import type { HsdsExport } from './hsds.ts';

type Row = Record<string, unknown>;

/** Each table's file and columns, in the order HSDS lists them. */
export const HSDS_TABLES = {
  organization: { path: 'organizations.csv', columns: ['id', 'name', 'description', 'email', 'website'] },
  service: {
    path: 'services.csv',
    columns: [
      'id',
      'organization_id',
      'name',
      'description',
      'url',
      'email',
      'status',
      'application_process',
      'fees_description',
      'eligibility_description',
      'assured_date',
    ],
  },
  service_area: { path: 'service_areas.csv', columns: ['id', 'service_id', 'name', 'description'] },
  language: { path: 'languages.csv', columns: ['id', 'service_id', 'name'] },
  contact: { path: 'contacts.csv', columns: ['id', 'service_id', 'title', 'email'] },
  phone: { path: 'phones.csv', columns: ['id', 'service_id', 'number'] },
  location: { path: 'locations.csv', columns: ['id', 'location_type', 'organization_id', 'name', 'description'] },
  address: {
    path: 'addresses.csv',
    columns: ['id', 'location_id', 'address_1', 'city', 'state_province', 'postal_code', 'country', 'address_type'],
  },
  service_at_location: { path: 'service_at_locations.csv', columns: ['id', 'service_id', 'location_id'] },
  taxonomy: { path: 'taxonomies.csv', columns: ['id', 'name', 'description', 'uri', 'version'] },
  taxonomy_term: { path: 'taxonomy_terms.csv', columns: ['id', 'code', 'name', 'description', 'taxonomy', 'taxonomy_id', 'language'] },
  attribute: { path: 'attributes.csv', columns: ['id', 'link_id', 'link_type', 'link_entity', 'taxonomy_term_id'] },
} as const;
export type HsdsTable = keyof typeof HSDS_TABLES;

const list = (value: unknown) => (Array.isArray(value) ? (value as Row[]) : []);

const tablesByExport = new WeakMap<HsdsExport, Record<HsdsTable, Row[]>>();

/** Every table's rows, flattened once per export (each CSV file is one of them). */
export function hsdsTables(exp: HsdsExport): Record<HsdsTable, Row[]> {
  let tables = tablesByExport.get(exp);
  if (!tables) {
    tables = flatten(exp, exp.services());
    tablesByExport.set(exp, tables);
  }
  return tables;
}

function flatten(exp: HsdsExport, services: Row[]): Record<HsdsTable, Row[]> {
  const atLocations = services.flatMap((s) => list(s.service_at_locations));
  const locations = atLocations.map((a) => a.location as Row);
  return {
    organization: exp.organizations(),
    service: services,
    service_area: services.flatMap((s) => list(s.service_areas)),
    language: services.flatMap((s) => list(s.languages)),
    contact: services.flatMap((s) => list(s.contacts)),
    phone: services.flatMap((s) => list(s.phones)),
    location: locations,
    address: locations.flatMap((l) => list(l.addresses)),
    service_at_location: atLocations,
    taxonomy: exp.taxonomies(),
    taxonomy_term: exp.taxonomyTerms(),
    attribute: services.flatMap((s) => list(s.attributes)),
  };
}

/** One CSV field: quoted when it holds a comma, a quote or a line break (RFC 4180). */
const field = (value: unknown): string => {
  const text = value === undefined || value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

export function toCsv(table: HsdsTable, rows: Row[]): string {
  const { columns } = HSDS_TABLES[table];
  return `${[columns.join(','), ...rows.map((r) => columns.map((c) => field(r[c])).join(','))].join('\r\n')}\r\n`;
}

/** The Frictionless data package that describes the CSV files. */
export function dataPackage(siteUrl: URL, generatedAt: string): Record<string, unknown> {
  return {
    name: 'valfardsguiden-hsds',
    title: 'Välfärdsguiden: insatser, organisationer och platser (HSDS 3.0)',
    profile: 'tabular-data-package',
    version: '3.0',
    created: generatedAt,
    homepage: new URL('/oppna-data', siteUrl).href,
    licenses: [{ name: 'CC0-1.0', path: 'https://creativecommons.org/publicdomain/zero/1.0/' }],
    resources: (Object.keys(HSDS_TABLES) as HsdsTable[]).map((table) => ({
      name: table,
      path: HSDS_TABLES[table].path,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      schema: { fields: HSDS_TABLES[table].columns.map((name) => ({ name, type: 'string' })) },
    })),
  };
}
