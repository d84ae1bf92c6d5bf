/**
 * The dataset described in DCAT-AP-SE (the Swedish profile of DCAT-AP, which dataportal.se
 * harvests), as JSON-LD: the catalogue, the dataset and its two distributions (the HSDS JSON
 * files and the CSV package), with publisher, contact point, licence, language and theme.
 */
export interface DcatInput {
  siteUrl: URL;
  /** When the content was pulled from the CMS: the dataset's modification date. */
  modified: string;
  publisher: { name: string; email: string };
}

const EU = 'http://publications.europa.eu/resource/authority';
export const OPEN_DATA_LICENCE = 'https://creativecommons.org/publicdomain/zero/1.0/';

export function dcatCatalog({ siteUrl, modified, publisher }: DcatInput): Record<string, unknown> {
  const at = (p: string) => new URL(p, siteUrl).href;
  const agent = { '@type': 'foaf:Agent', 'foaf:name': { '@language': 'sv', '@value': publisher.name } };
  const distribution = (id: string, title: string, accessURL: string, format: string, mediaType: string) => ({
    '@id': at(`/oppna-data/dcat.jsonld#${id}`),
    '@type': 'dcat:Distribution',
    'dcterms:title': { '@language': 'sv', '@value': title },
    'dcat:accessURL': { '@id': accessURL },
    'dcat:downloadURL': { '@id': accessURL },
    'dcterms:format': { '@id': `${EU}/file-type/${format}` },
    'dcat:mediaType': { '@id': `https://www.iana.org/assignments/media-types/${mediaType}` },
    'dcterms:license': { '@id': OPEN_DATA_LICENCE },
    'dcterms:conformsTo': { '@id': 'https://openreferral.org/hsds/3.0' },
  });
  return {
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dcterms: 'http://purl.org/dc/terms/',
      foaf: 'http://xmlns.com/foaf/0.1/',
      vcard: 'http://www.w3.org/2006/vcard/ns#',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
    },
    '@id': at('/oppna-data/dcat.jsonld#katalog'),
    '@type': 'dcat:Catalog',
    'dcterms:title': { '@language': 'sv', '@value': 'Välfärdsguidens öppna data' },
    'dcterms:description': {
      '@language': 'sv',
      '@value': 'Insatser för dig som vill närma dig arbete eller studier, och vem som driver dem.',
    },
    'dcterms:publisher': agent,
    'foaf:homepage': { '@id': at('/oppna-data') },
    'dcterms:license': { '@id': OPEN_DATA_LICENCE },
    'dcat:dataset': {
      '@id': at('/oppna-data/dcat.jsonld#insatser'),
      '@type': 'dcat:Dataset',
      'dcterms:title': { '@language': 'sv', '@value': 'Insatser, organisationer och platser i Välfärdsguiden' },
      'dcterms:description': {
        '@language': 'sv',
        '@value':
          'Alla publicerade insatser i Välfärdsguiden med organisation, kommuner, språk, kontakt, plats och klassning efter målgrupp, livssituation och stödform, enligt Open Referrals Human Services Data Specification 3.0.',
      },
      'dcterms:publisher': agent,
      'dcat:contactPoint': {
        '@type': 'vcard:Organization',
        'vcard:fn': publisher.name,
        'vcard:hasEmail': { '@id': `mailto:${publisher.email}` },
      },
      'dcterms:modified': { '@type': 'xsd:dateTime', '@value': modified },
      'dcterms:language': { '@id': `${EU}/language/SWE` },
      'dcterms:spatial': { '@id': `${EU}/country/SWE` },
      'dcterms:accrualPeriodicity': { '@id': `${EU}/frequency/CONT` },
      'dcat:theme': [{ '@id': `${EU}/data-theme/SOCI` }, { '@id': `${EU}/data-theme/GOVE` }],
      'dcat:keyword': ['insatser', 'arbete', 'rehabilitering', 'samordningsförbund', 'välfärd'].map((k) => ({
        '@language': 'sv',
        '@value': k,
      })),
      'dcat:landingPage': { '@id': at('/oppna-data') },
      'dcat:distribution': [
        distribution('hsds-json', 'HSDS 3.0 som JSON-filer', at('/oppna-data/hsds/index.json'), 'JSON', 'application/json'),
        distribution('hsds-csv', 'HSDS 3.0 som CSV-filer (datapaket)', at('/oppna-data/hsds/csv/datapackage.json'), 'CSV', 'text/csv'),
      ],
    },
  };
}
