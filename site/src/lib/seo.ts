/** Structured data (schema.org JSON-LD) and its safe serialisation. */

/** JSON for a <script type="application/ld+json">: "<", ">" and "&" are escaped so CMS text can never end the script. */
export function jsonLdString(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export const SITE_NAME = 'Välfärdsguiden';
/** Where visitors, organisations and data users reach the redaktion. */
export const REDAKTION_EMAIL = 'redaktionen@example.se';
