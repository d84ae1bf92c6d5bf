/**
 * The submission form's field table: everything about a field except its kind and label, which
 * browsers need and so live in the import-free form.ts (SUBMISSION_FIELDS), keyed by the same
 * path. The CMS's schema (field-schema.ts), the site's labels and the form's markup are all
 * derived from these two tables, so a field, a limit or a message is written once.
 *
 * No zod here: the site reads the table at build time, and the schemas are built from it.
 */
import { MAX_TIMMAR_PER_VECKA } from '../vocabulary.ts';
import { type FieldKind, SUBMISSION_FIELDS, type SubmissionFieldPath } from './form.ts';

/** Lists that come from the content (insatser, målgrupper) or the vocabulary (stödformer…). */
export type OptionSource = 'insatser' | 'malgrupper' | 'stodformer' | 'vagarIn' | 'driftstatusar';

export interface FieldOption {
  value: string;
  label: string;
}

/**
 * When a field must be filled in: always, only for one kind of proposal, or once any other
 * field of its group (a venue, a contact) is filled in.
 */
export type Requirement = true | 'ny-insats' | 'andring' | 'in-group';

export interface FieldDetails {
  hint: string;
  /** The field opens a part of the form with this heading (and an optional hint under it). */
  section?: { heading: string; hint?: string };
  required?: Requirement;
  /** At least one of the fields with the same `oneOf` must be filled in. */
  oneOf?: string;
  /** Text: the longest text. Lines: the longest line. */
  maxLength?: number;
  /** Lines and checkboxes: the most items. */
  maxItems?: number;
  /** Numbers: the range. */
  min?: number;
  max?: number;
  /** A pattern the whole value must match (HTML `pattern` syntax). */
  pattern?: string;
  inputMode?: 'numeric';
  /** A textarea's height. */
  rows?: number;
  /** A control narrower than its kind's usual width, for short values. */
  width?: 'short';
  /** What the browser may fill in: only the sender's own details get a token. */
  autocomplete?: string;
  options?: OptionSource | readonly FieldOption[];
  /** Option labels worded for this form rather than the site's visitors. */
  optionLabels?: Readonly<Record<string, string>>;
  /** A drop-down list's first, empty option: what "nothing chosen" means here. */
  empty?: string;
  /** Must not be less than (notBelow) or more than (notAbove) this other field. */
  notBelow?: SubmissionFieldPath;
  notAbove?: SubmissionFieldPath;
  /**
   * The form's messages: the field is empty but needed, has the wrong form, or is out of order
   * with notBelow/notAbove. `{min}`, `{max}`, `{maxLength}` and `{maxItems}` in them and in the
   * hint are the field's own limits.
   */
  messages?: { missing?: string; format?: string; order?: string };
  /**
   * How the CMS's schema words its messages where that differs from the form: the field's name
   * (default: the label), and the messages for a missing value, a wrong type, a value that does
   * not match `pattern`, and an order error (defaults: the form's messages).
   */
  schema?: { name?: string; missing?: string; type?: string; pattern?: string; order?: string };
}

/** The longest name or role of a sender. */
export const AVSANDARE_MAX = 120;

/** Each field of SUBMISSION_FIELDS, in the same order. */
export const SUBMISSION_FIELD_DETAILS = {
  nyckel: {
    section: { heading: 'Inlämningsnyckel' },
    required: true,
    maxLength: 200,
    autocomplete: 'current-password',
    hint: 'Nyckeln som redaktionen har gett er organisation. Den börjar med vg_. Du kan klistra in den.',
    messages: { missing: 'Skriv inlämningsnyckeln som redaktionen gav er organisation.' },
  },
  typ: {
    section: { heading: 'Vad gäller förslaget?' },
    required: true,
    hint: 'Välj ett av alternativen.',
    options: [
      { value: 'ny-insats', label: 'En ny insats som inte finns på Välfärdsguiden' },
      { value: 'andring', label: 'En ändring av en insats som redan finns' },
    ],
    messages: { missing: 'Välj om du föreslår en ny insats eller en ändring.' },
  },
  insats: {
    required: 'andring',
    options: 'insatser',
    empty: 'Välj insats',
    hint: 'Bara om du föreslår en ändring. Insatserna står i bokstavsordning.',
    messages: { missing: 'Välj vilken insats ändringen gäller.' },
  },
  'uppgifter.namn': {
    section: {
      heading: 'Om insatsen',
      hint: 'Gäller förslaget en ändring? Fyll bara i det som ska ändras. Det du lämnar tomt ändras inte.',
    },
    required: 'ny-insats',
    maxLength: 120,
    hint: 'Det namn som deltagarna känner igen, till exempel Jonsbo – grön rehabilitering.',
    messages: { missing: 'Skriv insatsens namn.' },
    schema: { name: 'Namn', missing: 'Namn saknas. Skriv insatsens namn.' },
  },
  'uppgifter.sammanfattning': {
    required: 'ny-insats',
    maxLength: 200,
    rows: 3,
    hint: 'En eller två meningar om vad man gör och vem det passar. Högst {maxLength} tecken.',
    messages: { missing: 'Skriv en sammanfattning: en eller två meningar om vad man gör och vem det passar.' },
    schema: { missing: 'Sammanfattning saknas. Skriv en eller två meningar om vad man gör och vem det passar.' },
  },
  'uppgifter.beskrivning': {
    required: 'ny-insats',
    maxLength: 8000,
    rows: 8,
    hint: 'Vad händer i insatsen, och hur är en vanlig vecka? Skriv med vanliga ord. Gör en tom rad mellan stycken. Redaktionen skriver om texten till klarspråk.',
    messages: { missing: 'Beskriv vad som händer i insatsen.' },
    schema: { missing: 'Beskrivning saknas. Beskriv vad som händer i insatsen.' },
  },
  'uppgifter.stodform': {
    required: 'ny-insats',
    options: 'stodformer',
    empty: 'Välj stödform',
    hint: 'Det stöd som insatsen mest handlar om.',
    messages: { missing: 'Välj en stödform.' },
  },
  'uppgifter.malgrupper': {
    options: 'malgrupper',
    maxItems: 20,
    hint: 'Kryssa i alla grupper som insatsen passar för.',
    schema: { name: 'Målgrupper' },
  },
  'uppgifter.aktiviteter': {
    maxItems: 20,
    maxLength: 300,
    rows: 4,
    hint: 'En aktivitet per rad, till exempel Trädgård. Högst {maxItems} rader.',
    schema: { name: 'Aktivitet' },
  },
  'uppgifter.steg': {
    maxItems: 20,
    maxLength: 300,
    rows: 4,
    hint: 'Ett steg per rad i den ordning de kommer, från första kontakten till slutet. Högst {maxItems} rader.',
    schema: { name: 'Steg' },
  },
  'uppgifter.krav': {
    maxItems: 20,
    maxLength: 300,
    rows: 3,
    hint: 'Ett krav per rad, till exempel Du är inskriven på Arbetsförmedlingen. Lämna tomt om det inte finns några krav.',
    schema: { name: 'Krav' },
  },
  'uppgifter.sprak': {
    maxItems: 20,
    maxLength: 100,
    rows: 3,
    hint: 'De språk som personalen talar med deltagarna, ett per rad, till exempel svenska.',
  },
  'uppgifter.tillganglighet': {
    maxLength: 1000,
    rows: 3,
    hint: 'Till exempel om lokalen går att nå med rullstol, om det finns hörslinga eller tyst rum.',
  },
  'uppgifter.kommuner': {
    section: { heading: 'Var insatsen finns' },
    maxItems: 290,
    hint: 'Öppna ett län och kryssa i de kommuner där man kan vara med. Är insatsen bara digital kan du hoppa över det här.',
    schema: { type: 'Kommuner: skicka en lista med kommunkoder.' },
  },
  'uppgifter.digital': {
    hint: 'Ja betyder att man kan vara med på distans, var man än bor.',
    schema: { name: 'Digital' },
  },
  'uppgifter.plats.namn': {
    maxLength: 120,
    hint: 'Till exempel Jonsbo torp. Lämna tomt om lokalen inte har något namn.',
  },
  'uppgifter.plats.adress': {
    required: 'in-group',
    maxLength: 120,
    hint: 'Gata och nummer, till exempel Torpvägen 12.',
    messages: { missing: 'Skriv gatuadressen, till exempel Torpvägen 12. Den behövs när du fyller i en plats.' },
  },
  'uppgifter.plats.postnummer': {
    width: 'short',
    pattern: '[0-9]{3} ?[0-9]{2}',
    inputMode: 'numeric',
    hint: 'Fem siffror, till exempel 589 41.',
    messages: { format: 'Postnumret ska vara fem siffror, till exempel 589 41.' },
    schema: { type: 'Postnummer: skriv fem siffror.', pattern: 'Postnumret ska vara fem siffror, t.ex. "589 41".' },
  },
  'uppgifter.plats.ort': {
    required: 'in-group',
    maxLength: 80,
    hint: 'Postorten, till exempel Linköping.',
    messages: { missing: 'Skriv orten, till exempel Linköping. Den behövs när du fyller i en plats.' },
  },
  'uppgifter.plats.hitta': {
    maxLength: 500,
    rows: 3,
    hint: 'Hur hittar den som aldrig varit där? Buss och hållplats, parkering, vilken dörr.',
  },
  'uppgifter.vagarIn': {
    options: 'vagarIn',
    // The site's label speaks to the visitor ("Du kan anmäla dig själv"); here the organisation reads it.
    optionLabels: { 'egen-anmalan': 'Deltagaren kan anmäla sig själv' },
    maxItems: 7,
    hint: 'Kryssa i alla sätt som en deltagare kan komma in på.',
    schema: { name: 'Vägar in' },
  },
  'uppgifter.timmarMin': {
    section: { heading: 'Tid, platser och kostnad' },
    min: 1,
    max: MAX_TIMMAR_PER_VECKA,
    hint: 'Hur många timmar i veckan man börjar med. Ett heltal mellan {min} och {max}.',
    messages: { format: 'Timmar per vecka, minst: skriv ett heltal mellan {min} och {max}.' },
  },
  'uppgifter.timmarMax': {
    min: 1,
    max: MAX_TIMMAR_PER_VECKA,
    notBelow: 'uppgifter.timmarMin',
    hint: 'Hur många timmar i veckan man kan komma upp i. Ett heltal mellan {min} och {max}.',
    messages: {
      format: 'Timmar per vecka, som mest: skriv ett heltal mellan {min} och {max}.',
      order: 'Timmar per vecka, som mest, kan inte vara färre än minst.',
    },
    schema: { order: 'Timmar per vecka: "som mest" är mindre än "minst".' },
  },
  'uppgifter.langd': {
    maxLength: 200,
    hint: 'Med egna ord, till exempel 3–12 månader, eller så länge du behöver.',
    schema: { name: 'Hur länge' },
  },
  'uppgifter.langdManader': {
    // The schema takes the insats's own rule for this field (field-schema.ts); a test keeps the two equal.
    min: 1,
    max: 60,
    hint: 'Ungefär hur många månader man brukar vara med. Ett heltal mellan {min} och {max}.',
    messages: { format: 'Längd i månader: skriv ett heltal mellan {min} och {max}.' },
  },
  'uppgifter.kostnad': {
    maxLength: 200,
    hint: 'Vad det kostar deltagaren, till exempel Gratis eller 50 kronor för lunch.',
    schema: { name: 'Kostnad' },
  },
  'uppgifter.platserAntal': {
    min: 0,
    max: 10_000,
    hint: 'Hur många som kan vara med samtidigt.',
    messages: { format: 'Antal platser: skriv ett heltal, 0 eller fler.' },
    schema: { type: 'Antal platser: skriv ett heltal.' },
  },
  'uppgifter.platserLediga': {
    min: 0,
    max: 10_000,
    notAbove: 'uppgifter.platserAntal',
    hint: 'Hur många platser som är lediga i dag.',
    messages: {
      format: 'Lediga platser: skriv ett heltal, 0 eller fler.',
      order: 'Lediga platser kan inte vara fler än antal platser.',
    },
    schema: { type: 'Lediga platser: skriv ett heltal.' },
  },
  'uppgifter.ko': {
    hint: 'Måste nya deltagare vänta på en plats?',
    schema: { name: 'Kö' },
  },
  'uppgifter.driftstatus': {
    options: 'driftstatusar',
    empty: 'Inget svar (ingen ändring)',
    hint: 'Till exempel om insatsen har pausat eller slutat.',
  },
  'uppgifter.periodStart': {
    hint: 'Dagen då insatsen började eller börjar, ÅÅÅÅ-MM-DD.',
    messages: { format: 'Skriv startdatumet som ÅÅÅÅ-MM-DD, till exempel 2026-03-01.' },
  },
  'uppgifter.periodSlut': {
    notBelow: 'uppgifter.periodStart',
    hint: 'Bara om insatsen är ett projekt som slutar, ÅÅÅÅ-MM-DD.',
    messages: {
      format: 'Skriv slutdatumet som ÅÅÅÅ-MM-DD, till exempel 2026-12-31.',
      order: 'Slutdatumet kan inte vara före startdatumet.',
    },
    schema: { order: 'Slutdatumet är före startdatumet.' },
  },
  'uppgifter.kontakt.roll': {
    section: { heading: 'Kontakt för den som vill vara med' },
    required: 'in-group',
    maxLength: 120,
    hint: 'Till exempel Samordnare på Jonsbo.',
    messages: { missing: 'Skriv kontaktens roll, till exempel Samordnare. Den behövs när du fyller i en kontakt.' },
  },
  'uppgifter.kontakt.telefon': {
    hint: 'Till exempel 013-123 45 67.',
    messages: { format: 'Kontaktens telefonnummer ska skrivas som 013-123 45 67 eller +46 13 123 45 67.' },
  },
  'uppgifter.kontakt.epost': {
    maxLength: 254,
    hint: 'Till exempel kontakt@exempel.se.',
    messages: { format: 'Kontaktens e-postadress är inte giltig. Skriv den som kontakt@exempel.se.' },
    schema: { type: 'Kontaktens e-postadress är inte giltig, t.ex. kontakt@exempel.se.' },
  },
  'uppgifter.kontakt.webb': {
    maxLength: 500,
    hint: 'Adressen ska börja med https://.',
    messages: { format: 'Webbadressen ska börja med https://, till exempel https://exempel.se.' },
    schema: { name: 'Webbadressen' },
  },
  meddelande: {
    section: { heading: 'Meddelande till redaktionen' },
    maxLength: 2000,
    rows: 5,
    hint: 'Till exempel vad som har ändrats och varför. Meddelandet visas inte på webbplatsen.',
  },
  'avsandare.namn': {
    section: { heading: 'Dina kontaktuppgifter' },
    maxLength: AVSANDARE_MAX,
    autocomplete: 'name',
    hint: 'Frivilligt.',
  },
  'avsandare.roll': {
    required: true,
    maxLength: AVSANDARE_MAX,
    autocomplete: 'organization-title',
    hint: 'Din roll i organisationen, till exempel Samordnare.',
    messages: { missing: 'Skriv din roll, till exempel Samordnare.' },
  },
  'avsandare.epost': {
    maxLength: 254,
    autocomplete: 'email',
    oneOf: 'avsandare',
    hint: 'Till exempel namn@organisation.se.',
    messages: {
      missing: 'Skriv din e-postadress eller ditt telefonnummer, så att redaktionen kan nå dig.',
      format: 'Din e-postadress är inte giltig. Skriv den som namn@organisation.se.',
    },
    schema: {
      type: 'Din e-postadress är inte giltig, t.ex. namn@organisation.se.',
      missing: 'Skriv en e-postadress eller ett telefonnummer så att redaktionen kan nå dig.',
    },
  },
  'avsandare.telefon': {
    autocomplete: 'tel',
    oneOf: 'avsandare',
    hint: 'Till exempel 013-123 45 67.',
    messages: { format: 'Ditt telefonnummer ska skrivas som 013-123 45 67 eller +46 13 123 45 67.' },
  },
} as const satisfies Record<SubmissionFieldPath, FieldDetails>;

export interface GroupDetails {
  legend: string;
  hint: string;
  /** The schema's message when the group is not an object. */
  schemaError: string;
}

/** Fields that belong together (a venue, a contact, the sender), by the path they share. */
export const SUBMISSION_FIELD_GROUPS = {
  'uppgifter.plats': {
    legend: 'Plats där insatsen är',
    hint: 'Lämna tomt om insatsen inte har någon fast plats. Fyller du i något behövs gatuadress och ort.',
    schemaError: 'Plats: skicka adress och ort.',
  },
  'uppgifter.kontakt': {
    legend: 'Kontakt som visas på Välfärdsguiden',
    hint: 'Skriv en roll, inte en persons namn. Fyller du i något behövs rollen.',
    schemaError: 'Kontakt: skicka minst en roll.',
  },
  avsandare: {
    legend: 'Vem är du?',
    hint: 'Visas inte på webbplatsen. Redaktionen använder uppgifterna bara för att ställa frågor om förslaget. Skriv e-postadress eller telefonnummer, eller båda.',
    schemaError: 'Dina kontaktuppgifter saknas. Skriv din roll och en e-postadress eller ett telefonnummer.',
  },
} as const satisfies Record<string, GroupDetails>;

/** A row of the field table: both halves together, with the limits put into the texts. */
export interface SubmissionField extends FieldDetails {
  path: SubmissionFieldPath;
  kind: FieldKind;
  label: string;
}

/** "Högst {maxLength} tecken." → "Högst 200 tecken.": a limit is written once, as a number. */
function withLimits(text: string, details: FieldDetails): string {
  return text.replace(/\{(min|max|maxLength|maxItems)\}/g, (placeholder, key: 'min' | 'max' | 'maxLength' | 'maxItems') => {
    const value = details[key];
    if (value === undefined) throw new Error(`Fälttabellen: "${placeholder}" i "${text}" har inget värde.`);
    return String(value);
  });
}

/** One row of the field table, from its two halves. */
export function fieldRow(path: SubmissionFieldPath, basics: { kind: FieldKind; label: string }, details: FieldDetails): SubmissionField {
  const fill = (messages: Record<string, string | undefined> | undefined) =>
    messages && Object.fromEntries(Object.entries(messages).map(([key, text]) => [key, text && withLimits(text, details)]));
  return {
    ...details,
    path,
    ...basics,
    hint: withLimits(details.hint, details),
    messages: fill(details.messages),
    schema: fill(details.schema),
  };
}

/** The field table, in the form's order. */
export const submissionFields = (): SubmissionField[] =>
  (Object.keys(SUBMISSION_FIELD_DETAILS) as SubmissionFieldPath[]).map((path) =>
    fieldRow(path, SUBMISSION_FIELDS[path], SUBMISSION_FIELD_DETAILS[path]),
  );

/** One field of the table. */
export const submissionField = (path: SubmissionFieldPath): SubmissionField =>
  fieldRow(path, SUBMISSION_FIELDS[path], SUBMISSION_FIELD_DETAILS[path]);

/** The group a field belongs to ("uppgifter.plats.ort" → "uppgifter.plats"), if any. */
export function fieldGroup(path: string): keyof typeof SUBMISSION_FIELD_GROUPS | undefined {
  return (Object.keys(SUBMISSION_FIELD_GROUPS) as (keyof typeof SUBMISSION_FIELD_GROUPS)[]).find((group) => path.startsWith(`${group}.`));
}
