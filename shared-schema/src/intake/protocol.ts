/**
 * The intake protocol between the site's forms and the CMS's intake routes: the error codes the
 * CMS answers with (`details.kod` in JSON, `?kod=` on the error page) and the site pages a plain
 * form POST is sent on to. No imports: the form scripts import this file alone
 * (`@vg/shared-schema/intake/protocol`), and the CMS imports it from the package root.
 */

/** One short code per kind of problem; the site has a plain-Swedish text for each. */
export const INTAKE_ERROR_CODES = [
  'ogiltig',
  'for-stor',
  'fel-format',
  'fel-nyckel',
  'aterkallad-nyckel',
  'fel-organisation',
  'fel-ursprung',
  'for-manga',
  'idempotens',
  'serverfel',
] as const;
export type IntakeErrorCode = (typeof INTAKE_ERROR_CODES)[number];

/** True for a code the CMS can send; anything read from a URL is checked with this first. */
export const isIntakeErrorCode = (value: unknown): value is IntakeErrorCode =>
  typeof value === 'string' && (INTAKE_ERROR_CODES as readonly string[]).includes(value);

/** The site's pages after a plain form POST, per intake route and outcome (paths on the site). */
export const INTAKE_RESULT_PAGES = {
  forslag: { ok: '/lamna-forslag/kvitto', fel: '/lamna-forslag/fel' },
  aterkoppling: { ok: '/aterkoppling/tack', fel: '/aterkoppling/fel' },
  ledigaPlatser: { ok: '/lediga-platser/tack', fel: '/lediga-platser/fel' },
} as const;
