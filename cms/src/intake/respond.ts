import { type FieldError, INTAKE_RESULT_PAGES, type IntakeErrorCode } from '@vg/shared-schema';
import { intakeConfig } from './config';
import type { IntakeRoute } from './routes';

/** The slice of Koa's context the intake code uses. */
export interface IntakeContext {
  method: string;
  path: string;
  ip: string;
  status: number;
  body: unknown;
  request: { body?: unknown };
  req: { resume: () => void };
  get: (header: string) => string;
  set: (header: string, value: string) => void;
  is: (...types: string[]) => string | false | null;
  redirect: (url: string) => void;
  /** Set by the intake body guard and the controller: which route the request reached. */
  state: { intakeRoute?: IntakeRoute };
}

/** Short codes for the error page (`?kod=…`), one per kind of problem; the site explains each. */
export type ErrorCode = IntakeErrorCode;

const NAMES: Record<number, string> = {
  400: 'ValidationError',
  401: 'UnauthorizedError',
  403: 'ForbiddenError',
  411: 'LengthRequiredError',
  413: 'PayloadTooLargeError',
  415: 'UnsupportedMediaTypeError',
  422: 'UnprocessableEntityError',
  429: 'RateLimitError',
  500: 'InternalServerError',
};

/** What a submitter is told when their submission could not be stored (nothing was). */
export const SAVE_FAILED: Record<IntakeRoute, string> = {
  forslag: 'Förslaget kunde inte sparas just nu. Försök igen om en stund — ingenting har sparats.',
  aterkoppling: 'Återkopplingen kunde inte sparas just nu. Försök igen om en stund — ingenting har sparats.',
  ledigaPlatser: 'Lediga platser kunde inte uppdateras just nu. Försök igen om en stund — ingenting har ändrats.',
};

/** True when the request came from a plain HTML form (no JavaScript): answer with a redirect. */
export const isFormPost = (ctx: IntakeContext) => ctx.is('application/x-www-form-urlencoded') === 'application/x-www-form-urlencoded';

/** Which intake route the request reached (as the router matched it, not as the URL was spelled). */
export const routeOf = (ctx: IntakeContext): IntakeRoute => ctx.state.intakeRoute ?? 'forslag';

/** The page on the site a plain form POST is sent on to. */
function sitePage(route: IntakeRoute, outcome: 'ok' | 'fel'): string {
  return `${intakeConfig().VG_SITE_URL}${INTAKE_RESULT_PAGES[route][outcome]}`;
}

/**
 * Answers with an error: JSON (Strapi's error shape, field errors in
 * `details.errors`) or, for a form POST, 303 to the site's error page with the
 * status, a code and the names of the wrong fields — never their values, so no
 * personal data ends up in a URL or a log.
 */
export function sendError(
  ctx: IntakeContext,
  status: number,
  code: ErrorCode,
  message: string,
  options: { errors?: FieldError[]; retryAfter?: number; extra?: Record<string, string> } = {},
): void {
  if (options.retryAfter) ctx.set('Retry-After', String(options.retryAfter));
  if (isFormPost(ctx)) {
    const query = new URLSearchParams({ status: String(status), kod: code });
    for (const e of options.errors ?? []) query.append('falt', e.path.join('.'));
    if (options.retryAfter) query.set('vanta', String(options.retryAfter));
    for (const [k, v] of Object.entries(options.extra ?? {})) query.set(k, v);
    ctx.status = 303;
    ctx.redirect(`${sitePage(routeOf(ctx), 'fel')}?${query}`);
    ctx.status = 303;
    return;
  }
  ctx.status = status;
  ctx.body = {
    data: null,
    error: { status, name: NAMES[status] ?? 'Error', message, details: { kod: code, errors: options.errors ?? [] } },
  };
}

/** Answers with success: 201 (or 200 for a replayed Idempotency-Key) and JSON, or 303 to the site's receipt page. */
export function sendOk(
  ctx: IntakeContext,
  body: Record<string, string>,
  options: { replayed: boolean; query: Record<string, string> },
): void {
  if (options.replayed) ctx.set('Idempotent-Replayed', 'true');
  if (isFormPost(ctx)) {
    ctx.status = 303;
    ctx.redirect(`${sitePage(routeOf(ctx), 'ok')}?${new URLSearchParams(options.query)}`);
    ctx.status = 303;
    return;
  }
  ctx.status = options.replayed ? 200 : 201;
  ctx.body = body;
}
