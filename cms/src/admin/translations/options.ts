/**
 * Swedish names for the values of every enumeration field (cms/src/api and cms/src/components).
 * The admin's select and list filter show an option as `formatMessage({ id: value, defaultMessage: value })`
 * (@strapi/admin FormInputs/Enumeration, content-manager ListView Filters), so a translation whose id is
 * the stored value is the supported way to show "Arbetsträning" instead of `arbetstraning`. The stored
 * values do not change. One value means the same in every field it appears in, so one name fits all.
 * Where the site shows a value, the name is the site's (shared-schema's *_ETIKETT maps; a test compares).
 * No imports: the admin bundle includes this file.
 */
export const OPTION_LABELS: Readonly<Record<string, string>> = {
  // Insats: stödform (also the guide's answer options)
  arbetstraning: 'Arbetsträning',
  praktik: 'Praktik',
  studier: 'Studier',
  sprak: 'Språk',
  halsa: 'Hälsa och rehabilitering',
  friskvard: 'Friskvård',
  vagledning: 'Vägledning',
  samordning: 'Samordning',
  // Insats: driftstatus
  aktiv: 'Pågår',
  pausad: 'Pausad just nu',
  avslutad: 'Avslutad',
  permanentas: 'Pågår och blir permanent',
  // Insats: vägar in
  'egen-anmalan': 'Egen anmälan',
  intresseanmalan: 'Intresseanmälan',
  'anvisning-af': 'Anvisning från Arbetsförmedlingen',
  'remiss-fk': 'Remiss från Försäkringskassan',
  'remiss-kommun': 'Remiss från kommunen',
  'remiss-region': 'Remiss från regionen (vården)',
  antagningsrad: 'Antagningsråd',
  // Aktör och organisation: typ
  myndighet: 'Statlig myndighet',
  kommun: 'Kommun',
  region: 'Region',
  forbund: 'Samordningsförbund',
  utbildning: 'Utbildning',
  civilsamhalle: 'Civilsamhället',
  foretag: 'Företag eller kooperativ',
  // Berättelse: åldersgrupp
  'alder-19-29': '19–29 år',
  'alder-30-44': '30–44 år',
  'alder-45-64': '45–64 år',
  'alder-65-plus': '65 år eller äldre',
  // Förslag
  'ny-insats': 'Ny insats',
  andring: 'Ändring av en insats',
  ny: 'Ny, inte behandlad',
  behandlad: 'Behandlad',
  avvisad: 'Avvisad',
  // Återkoppling
  'hittade-du': 'Hittade du det du sökte?',
  tillganglighet: 'Tillgänglighet',
  fraga: 'Fråga till Vanliga frågor',
  // Platsändring: källa
  inlamningsnyckel: 'Organisationens inlämningsnyckel',
  admin: 'Adminpanelen',
  ja: 'Ja',
  nej: 'Nej',
  // Tillgänglighetsredogörelse: efterlevnad
  fullt: 'Helt förenlig',
  delvis: 'Delvis förenlig',
  inte: 'Inte förenlig',
  // Kedja: slut
  'arbete-studier': 'Arbete eller studier',
  glapp: 'Glapp (ingen naturlig fortsättning)',
  // Hitta rätt: mål, frågetyp och villkor
  arbete: 'Arbete',
  'ma-battre': 'Må bättre',
  'forsta-rattigheter': 'Förstå mina rättigheter',
  enval: 'Ett svar (envalsfråga)',
  flerval: 'Flera svar (flervalsfråga)',
  timmar: 'Antal timmar',
  alltid: 'Alltid',
  'svar-ar': 'Svaret är',
  'svar-innehaller': 'Svaren innehåller',
  'timmar-minst': 'Timmar minst',
  'timmar-hogst': 'Timmar högst',
};
