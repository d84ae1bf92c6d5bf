/**
 * The form's checks in Swedish, beyond what the browser's constraint API knows: no HTML in
 * text (the CMS refuses it), length limits without the silent cut-off of `maxlength`, and
 * lists typed one item per line. Pure, so every message is tested without a browser.
 */

import { HTML_TAG } from '@vg/shared-schema/vocabulary';

export interface TextRegler {
  etikett: string;
  maxTecken?: number | undefined;
  /** For a list: the longest line and the most lines. */
  radMax?: number | undefined;
  raderMax?: number | undefined;
}

const tal = (n: number) => n.toLocaleString('sv-SE');

/** What is wrong with a typed text, or '' when nothing is. */
export function textFel(value: string, r: TextRegler): string {
  const text = value.trim();
  if (text === '') return '';
  if (HTML_TAG.test(text)) return `${r.etikett} innehåller HTML-kod, till exempel <b>. Skriv vanlig text utan tecknen < och > runt ord.`;
  if (r.radMax !== undefined || r.raderMax !== undefined) {
    const rader = text
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l !== '');
    if (r.raderMax !== undefined && rader.length > r.raderMax)
      return `${r.etikett}: högst ${r.raderMax} rader. Nu är det ${rader.length}. Slå ihop eller ta bort några.`;
    const lang = r.radMax === undefined ? -1 : rader.findIndex((l) => l.length > (r.radMax as number));
    if (lang >= 0) return `${r.etikett}: rad ${lang + 1} är för lång, högst ${tal(r.radMax as number)} tecken. Korta raden.`;
    return '';
  }
  if (r.maxTecken !== undefined && text.length > r.maxTecken)
    return `${r.etikett} får vara högst ${tal(r.maxTecken)} tecken. Nu är det ${tal(text.length)}. Korta texten.`;
  return '';
}

/** The parts of a ValidityState the messages depend on. */
export type Giltighet = Pick<ValidityState, 'valid' | 'valueMissing' | 'customError'>;

export interface FaltText {
  etikett?: string | undefined;
  felSaknas?: string | undefined;
  felFormat?: string | undefined;
  /** What setCustomValidity was given. */
  egenText: string;
}

/** The message for an invalid control: our own check, a missing value, or a wrong form. */
export function felmeddelande(v: Giltighet, t: FaltText): string {
  if (v.customError) return t.egenText;
  const etikett = t.etikett ?? 'Fältet';
  if (v.valueMissing) return t.felSaknas ?? `${etikett} saknas. Fyll i fältet.`;
  return t.felFormat ?? `${etikett} är inte rätt ifyllt. Kontrollera det du har skrivit.`;
}
