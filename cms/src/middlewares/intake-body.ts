import type { Core } from '@strapi/strapi';
import { INTAKE_MAX_BODY_BYTES } from '@vg/shared-schema';
import { type IntakeContext, sendError } from '../intake/respond';
import { intakeRouteOf } from '../intake/routes';

/** Errors from the body parser (raw-body / co-body), as opposed to errors from the route behind it. */
const PARSE_ERRORS = new Set([
  'entity.too.large',
  'entity.parse.failed',
  'entity.verify.failed',
  'encoding.unsupported',
  'charset.unsupported',
  'request.size.invalid',
]);

/**
 * The body limit of the public intake routes, placed just before `strapi::body`
 * (which Strapi requires by that name and which parses every request): at most
 * 64 KB, declared up front. Which requests it applies to is decided by Strapi's
 * router (see intakeRouteOf), never by comparing the URL. A larger Content-Length
 * is answered with 413 before a byte is read, a body without Content-Length
 * (chunked) with 411 — browsers and fetch always send one — and the parser itself
 * checks that the body is no longer than declared. Parser errors (malformed JSON)
 * get 400 in the intake format.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: IntakeContext, next: () => Promise<void>) => {
    const route = intakeRouteOf(strapi, ctx);
    if (!route) return next();
    ctx.state.intakeRoute = route;
    const declared = ctx.get('content-length');
    if (declared === '' && ctx.get('transfer-encoding') !== '') {
      ctx.req.resume();
      sendError(ctx, 411, 'for-stor', 'Skicka innehållet med Content-Length (högst 64 KB).');
      return;
    }
    if (Number(declared || 0) > INTAKE_MAX_BODY_BYTES) {
      // Read and discard the rest, so the client gets the answer instead of a reset connection.
      ctx.req.resume();
      ctx.set('Connection', 'close');
      sendError(
        ctx,
        413,
        'for-stor',
        `Innehållet är för stort (högst ${INTAKE_MAX_BODY_BYTES / 1024} KB). Korta texterna och försök igen.`,
      );
      return;
    }
    try {
      await next();
    } catch (err) {
      const type = (err as { type?: unknown }).type;
      if (typeof type !== 'string' || !PARSE_ERRORS.has(type)) throw err;
      if (type === 'entity.too.large') {
        sendError(ctx, 413, 'for-stor', `Innehållet är för stort (högst ${INTAKE_MAX_BODY_BYTES / 1024} KB).`);
        return;
      }
      sendError(ctx, 400, 'ogiltig', 'Innehållet gick inte att läsa: kontrollera att det är giltig JSON eller formulärdata i UTF-8.');
    }
  };
