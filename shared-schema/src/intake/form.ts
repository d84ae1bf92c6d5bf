/**
 * The submission form's fields and how a posted HTML form becomes the payload the intake
 * schemas check, the same way on both sides: the CMS turns a plain form POST into the payload
 * with `formToPayload`, and the site's form script sends the payload it gets from
 * `parseFormFields` + `formToPayload` as JSON.
 *
 * No zod and no imports here on purpose: the site's browser bundles import this file alone, and
 * anything from the package root would bring every schema along.
 */

/**
 * What kind of control a field is: it decides how a posted value is read (below), which
 * schema checks it (field-schema.ts) and how the site draws it.
 */
export type FieldKind =
  | 'text'
  | 'password'
  | 'email'
  | 'tel'
  | 'url'
  | 'textarea'
  /** A textarea with one list item per line. */
  | 'lines'
  | 'number'
  | 'date'
  /** One choice from a drop-down list. */
  | 'select'
  /** One choice from radio buttons. */
  | 'radio'
  /** Ja, nej or no answer (no change). */
  | 'yes-no'
  /** Several choices from checkboxes. */
  | 'checkboxes'
  /** Kommuner, as checkboxes grouped by county. */
  | 'kommuner';

/**
 * The submission form's fields by their path in the payload, in the order the form shows them:
 * the part of the field table (fields.ts) that browsers need — the kind, to read a value, and
 * the label, to name a field in an error. Everything else about a field is in fields.ts.
 */
export const SUBMISSION_FIELDS = {
  nyckel: { kind: 'password', label: 'Inlämningsnyckel' },
  typ: { kind: 'radio', label: 'Vad vill du föreslå?' },
  insats: { kind: 'select', label: 'Vilken insats gäller ändringen?' },
  'uppgifter.namn': { kind: 'text', label: 'Insatsens namn' },
  'uppgifter.sammanfattning': { kind: 'textarea', label: 'Sammanfattning' },
  'uppgifter.beskrivning': { kind: 'textarea', label: 'Beskrivning' },
  'uppgifter.stodform': { kind: 'select', label: 'Stödform' },
  'uppgifter.malgrupper': { kind: 'checkboxes', label: 'Vem insatsen passar för' },
  'uppgifter.aktiviteter': { kind: 'lines', label: 'Vad deltagarna gör' },
  'uppgifter.steg': { kind: 'lines', label: 'Så går det till' },
  'uppgifter.krav': { kind: 'lines', label: 'Krav för att vara med' },
  'uppgifter.sprak': { kind: 'lines', label: 'Språk' },
  'uppgifter.tillganglighet': { kind: 'textarea', label: 'Tillgänglighet' },
  'uppgifter.kommuner': { kind: 'kommuner', label: 'Kommuner' },
  'uppgifter.digital': { kind: 'yes-no', label: 'Kan man vara med digitalt?' },
  'uppgifter.plats.namn': { kind: 'text', label: 'Lokalens namn' },
  'uppgifter.plats.adress': { kind: 'text', label: 'Gatuadress' },
  'uppgifter.plats.postnummer': { kind: 'text', label: 'Postnummer' },
  'uppgifter.plats.ort': { kind: 'text', label: 'Ort' },
  'uppgifter.plats.hitta': { kind: 'textarea', label: 'Vägbeskrivning' },
  'uppgifter.vagarIn': { kind: 'checkboxes', label: 'Hur man kommer in' },
  'uppgifter.timmarMin': { kind: 'number', label: 'Timmar per vecka, minst' },
  'uppgifter.timmarMax': { kind: 'number', label: 'Timmar per vecka, som mest' },
  'uppgifter.langd': { kind: 'text', label: 'Hur länge man är med' },
  'uppgifter.langdManader': { kind: 'number', label: 'Längd i månader' },
  'uppgifter.kostnad': { kind: 'text', label: 'Kostnad för deltagaren' },
  'uppgifter.platserAntal': { kind: 'number', label: 'Antal platser' },
  'uppgifter.platserLediga': { kind: 'number', label: 'Lediga platser just nu' },
  'uppgifter.ko': { kind: 'yes-no', label: 'Finns det kö just nu?' },
  'uppgifter.driftstatus': { kind: 'select', label: 'Pågår insatsen?' },
  'uppgifter.periodStart': { kind: 'date', label: 'Startdatum' },
  'uppgifter.periodSlut': { kind: 'date', label: 'Slutdatum' },
  'uppgifter.kontakt.roll': { kind: 'text', label: 'Kontaktens roll' },
  'uppgifter.kontakt.telefon': { kind: 'tel', label: 'Kontaktens telefonnummer' },
  'uppgifter.kontakt.epost': { kind: 'email', label: 'Kontaktens e-postadress' },
  'uppgifter.kontakt.webb': { kind: 'url', label: 'Webbplats' },
  meddelande: { kind: 'textarea', label: 'Meddelande till redaktionen' },
  'avsandare.namn': { kind: 'text', label: 'Ditt namn' },
  'avsandare.roll': { kind: 'text', label: 'Din roll' },
  'avsandare.epost': { kind: 'email', label: 'Din e-postadress' },
  'avsandare.telefon': { kind: 'tel', label: 'Ditt telefonnummer' },
} as const satisfies Record<string, { kind: FieldKind; label: string }>;

export type SubmissionFieldPath = keyof typeof SUBMISSION_FIELDS;

/** The last key of the fields of these kinds ("uppgifter.timmarMin" → "timmarMin"): what the conversion below reads by. */
function keysOf(...kinds: FieldKind[]): Set<string> {
  const keys = Object.entries(SUBMISSION_FIELDS)
    .filter(([, field]) => kinds.includes(field.kind))
    .map(([path]) => path.slice(path.lastIndexOf('.') + 1));
  return new Set(keys);
}

const NUMBER_FIELDS = /* @__PURE__ */ keysOf('number');
const BOOLEAN_FIELDS = /* @__PURE__ */ keysOf('yes-no');
const TEXTAREA_LISTS = /* @__PURE__ */ keysOf('lines');
const LIST_FIELDS = /* @__PURE__ */ keysOf('checkboxes', 'kommuner', 'lines');

/** Names that would reach an object's prototype if used as keys. */
const UNSAFE_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

/** `uppgifter[plats][adress]` → ["uppgifter", "plats", "adress"]; a name without brackets is one key. */
export function formFieldPath(name: string): string[] {
  const match = /^([^[\]]+)((?:\[[^[\]]*\])*)$/.exec(name);
  if (!match) return [name];
  const rest = [...(match[2] ?? '').matchAll(/\[([^[\]]*)\]/g)].map((m) => m[1] ?? '');
  return [match[1] ?? name, ...rest];
}

/**
 * Form entries (e.g. `new FormData(form)`) nested by their bracketed names, with
 * repeated names as lists — what the CMS's body parser makes of the same form
 * sent urlencoded. Files are left out (the forms have none).
 */
export function parseFormFields(entries: Iterable<readonly [string, unknown]>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [name, value] of entries) {
    if (typeof value !== 'string') continue;
    const path = formFieldPath(name);
    if (path.some((key) => UNSAFE_KEYS.has(key) || key === '')) continue;
    let node = root;
    let clash = false;
    for (const key of path.slice(0, -1)) {
      const next = node[key];
      if (next === undefined) node[key] = {};
      else if (typeof next !== 'object' || next === null || Array.isArray(next)) {
        clash = true;
        break;
      }
      node = node[key] as Record<string, unknown>;
    }
    if (clash) continue;
    const leaf = path.at(-1) as string;
    const existing = node[leaf];
    if (existing === undefined) node[leaf] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else if (typeof existing === 'string') node[leaf] = [existing, value];
  }
  return root;
}

/** `{ "0": "a", "1": "b" }`: how the CMS's body parser (qs) writes a list of more than 20 repeated names. */
function indexedList(value: Record<string, unknown>): unknown[] | undefined {
  const keys = Object.keys(value);
  if (keys.length === 0 || !keys.every((k) => /^[0-9]+$/.test(k))) return undefined;
  return keys.sort((a, b) => Number(a) - Number(b)).map((k) => value[k]);
}

function fromForm(value: unknown, key: string): unknown {
  if (Array.isArray(value)) {
    return value.map((v) => fromForm(v, '')).filter((v) => v !== undefined);
  }
  if (value !== null && typeof value === 'object') {
    const list = LIST_FIELDS.has(key) ? indexedList(value as Record<string, unknown>) : undefined;
    if (list) return fromForm(list, key);
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const converted = fromForm(v, k);
      if (converted !== undefined) out[k] = converted;
    }
    // A form section left entirely empty (e.g. no venue) is no section at all.
    return Object.keys(out).length === 0 && key !== 'uppgifter' ? undefined : out;
  }
  if (typeof value !== 'string') return value;
  const text = value.trim();
  // An empty textarea is nothing typed, so no change; an empty value sent for a checkbox list
  // (a hidden "none" field) is a deliberate empty list.
  if (text === '') return LIST_FIELDS.has(key) && !TEXTAREA_LISTS.has(key) ? [] : undefined;
  if (NUMBER_FIELDS.has(key)) return /^-?[0-9]+$/.test(text) ? Number(text) : value;
  if (BOOLEAN_FIELDS.has(key))
    return ['ja', 'true', 'on', '1'].includes(text) ? true : ['nej', 'false', 'off', '0'].includes(text) ? false : value;
  if (LIST_FIELDS.has(key)) return TEXTAREA_LISTS.has(key) ? splitLines(text) : [text];
  return value;
}

/** One item per line, for list fields typed into a textarea. */
const splitLines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');

/**
 * Turns a parsed HTML form (strings, nested by `name[field]`, repeated names as
 * lists) into the shape the schemas expect: empty fields left out, numbers and
 * yes/no as such, one list item per line in list textareas. Wrong values are
 * left as they are, so the schema reports them.
 */
export function formToPayload(form: Record<string, unknown>): Record<string, unknown> {
  return (fromForm(form, 'uppgifter') as Record<string, unknown> | undefined) ?? {};
}
