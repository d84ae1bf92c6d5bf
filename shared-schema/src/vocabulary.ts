/**
 * The constants the browser needs, with no zod and no imports: the site's islands and form
 * scripts import this file alone (`@vg/shared-schema/vocabulary`), because anything from the
 * package root brings every schema into the bundle (≈ 45 KB gzip). The schemas import these
 * too, so there is one definition. `browser-subpaths.test.ts` keeps the file import-free.
 */

/** The main kind of support an insats gives, as stored in Strapi (a stödform id in the guide's index is a position here). */
export const STODFORMER = ['arbetstraning', 'praktik', 'studier', 'sprak', 'halsa', 'friskvard', 'vagledning', 'samordning'] as const;

/** SCB's municipality code: four digits, the first two are the county code (0580 = Linköping, in 05). */
export const KOMMUNKOD_PATTERN = /^[0-9]{4}$/;

/** Full time: the most hours a week an insats may ask for and the guide's hours question accepts. */
export const MAX_TIMMAR_PER_VECKA = 40;

/** The most hours per week a guide `timmar` question accepts and a `timmar-*` rule may compare with. */
export const GUIDE_MAX_TIMMAR = MAX_TIMMAR_PER_VECKA;

/** A tag such as `<script>`, `</b>` or `<img …>`; plain "<" in text ("< 10 timmar") is fine. */
export const HTML_TAG = /<\s*\/?\s*[a-z!?][^<>]*>/i;
