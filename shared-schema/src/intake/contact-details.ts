/**
 * Personal details a visitor may type into a text the site asks for anonymously (a question
 * for the FAQ): a personnummer, a Swedish phone number or an e-mail address. The form asks for
 * none of them and nobody answers personally, so such a text is refused rather than stored.
 */

/** ÅÅMMDD-NNNN or ÅÅÅÅMMDDNNNN, with or without the dash or plus. */
const PERSONNUMMER = /(?<!\d)(?:19|20)?\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[-+]?\d{4}(?!\d)/;
/** 070-123 45 67, 08-123 456 78, +46 70 123 45 67: a leading 0 or +46, then 7–11 more digits. */
const TELEFON = /(?<![\d+])(?:\+46[\s-]?|0)(?:\d[\s-]?){6,10}\d(?!\d)/;
const EPOST = /[^\s@<>]+@[^\s@<>]+\.[A-Za-z]{2,}/;

/** The personal detail the text seems to carry, in words ("ett personnummer"), or null. */
export function contactDetailIn(text: string): 'ett personnummer' | 'ett telefonnummer' | 'en e-postadress' | null {
  if (PERSONNUMMER.test(text)) return 'ett personnummer';
  if (TELEFON.test(text)) return 'ett telefonnummer';
  if (EPOST.test(text)) return 'en e-postadress';
  return null;
}
