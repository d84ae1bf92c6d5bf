/**
 * From an error's path to the form field it is about. Apart from the labels (fields.ts), so
 * the form script can ask its own page which fields exist and leave the labels out of its bundle.
 */

/**
 * Errors about a whole section point at the field to fix: "uppgifter" (a change with nothing
 * in it) at the message, "uppgifter.plats" at the street address, and so on.
 */
const SEKTION: Record<string, string> = {
  uppgifter: 'meddelande',
  'uppgifter.plats': 'uppgifter.plats.adress',
  'uppgifter.kontakt': 'uppgifter.kontakt.roll',
  avsandare: 'avsandare.roll',
};

/**
 * The field an error path belongs to: ["uppgifter", "aktiviteter", "3"] (the fourth line) →
 * "uppgifter.aktiviteter". Undefined for a path that is no field (e.g. "idempotensnyckel").
 */
export function faltFor(path: readonly (string | number)[], finns: (falt: string) => boolean): string | undefined {
  const parts = path.map(String);
  while (parts.length > 0) {
    const joined = parts.join('.');
    if (finns(joined)) return joined;
    const sektion = SEKTION[joined];
    if (sektion && finns(sektion)) return sektion;
    parts.pop();
  }
  return undefined;
}

/** The element id of a field: "uppgifter.plats.adress" → "uppgifter-plats-adress". */
export const faltId = (falt: string): string => falt.replaceAll('.', '-');
