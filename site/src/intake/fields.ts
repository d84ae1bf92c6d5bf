/**
 * The submission form's fields by their path in the payload ("uppgifter.plats.adress"), with
 * the Swedish label each shows: one list for the form (labels, names, ids) and the error page
 * (the wrong fields by name). The form script finds fields in its page instead (field-path.ts).
 */

export const FALT_ETIKETT = {
  nyckel: 'Inlämningsnyckel',
  typ: 'Vad vill du föreslå?',
  insats: 'Vilken insats gäller ändringen?',
  'uppgifter.namn': 'Insatsens namn',
  'uppgifter.sammanfattning': 'Sammanfattning',
  'uppgifter.beskrivning': 'Beskrivning',
  'uppgifter.stodform': 'Stödform',
  'uppgifter.malgrupper': 'Vem insatsen passar för',
  'uppgifter.aktiviteter': 'Vad deltagarna gör',
  'uppgifter.steg': 'Så går det till',
  'uppgifter.krav': 'Krav för att vara med',
  'uppgifter.sprak': 'Språk',
  'uppgifter.tillganglighet': 'Tillgänglighet',
  'uppgifter.kommuner': 'Kommuner',
  'uppgifter.digital': 'Kan man vara med digitalt?',
  'uppgifter.plats.namn': 'Lokalens namn',
  'uppgifter.plats.adress': 'Gatuadress',
  'uppgifter.plats.postnummer': 'Postnummer',
  'uppgifter.plats.ort': 'Ort',
  'uppgifter.plats.hitta': 'Vägbeskrivning',
  'uppgifter.vagarIn': 'Hur man kommer in',
  'uppgifter.timmarMin': 'Timmar per vecka, minst',
  'uppgifter.timmarMax': 'Timmar per vecka, som mest',
  'uppgifter.langd': 'Hur länge man är med',
  'uppgifter.langdManader': 'Längd i månader',
  'uppgifter.kostnad': 'Kostnad för deltagaren',
  'uppgifter.platserAntal': 'Antal platser',
  'uppgifter.platserLediga': 'Lediga platser just nu',
  'uppgifter.ko': 'Finns det kö just nu?',
  'uppgifter.driftstatus': 'Pågår insatsen?',
  'uppgifter.periodStart': 'Startdatum',
  'uppgifter.periodSlut': 'Slutdatum',
  'uppgifter.kontakt.roll': 'Kontaktens roll',
  'uppgifter.kontakt.telefon': 'Kontaktens telefonnummer',
  'uppgifter.kontakt.epost': 'Kontaktens e-postadress',
  'uppgifter.kontakt.webb': 'Webbplats',
  meddelande: 'Meddelande till redaktionen',
  'avsandare.namn': 'Ditt namn',
  'avsandare.roll': 'Din roll',
  'avsandare.epost': 'Din e-postadress',
  'avsandare.telefon': 'Ditt telefonnummer',
} as const;

export type FaltPath = keyof typeof FALT_ETIKETT;

/** Is this path one of the form's fields? */
export const isFalt = (path: string): path is FaltPath => Object.hasOwn(FALT_ETIKETT, path);

/** The form control name of a field: "uppgifter.plats.adress" → "uppgifter[plats][adress]". */
export function faltNamn(falt: FaltPath): string {
  const [first, ...rest] = falt.split('.');
  return `${first}${rest.map((p) => `[${p}]`).join('')}`;
}

export { faltId } from './field-path.ts';
