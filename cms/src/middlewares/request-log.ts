import type { Core } from '@strapi/strapi';

/** The slice of Koa's context the request log reads. */
interface RequestLogContext {
  method: string;
  status: number;
  /** Set by Strapi's router (@koa/router): the pattern of the route that answered, e.g. `/api/insatser/:id`. */
  _matchedRoute?: string | RegExp;
}

/**
 * The request log, in place of `strapi::logger` (which logs the whole URL, query string
 * included): one `http` entry per request with the method, the pattern of the route that
 * answered — never the path as sent, so no query string, search term, id or address a visitor
 * typed reaches the log — the status and the duration. Nothing about who sent it (no IP address,
 * no user agent). A request no route answered is logged without a route.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: RequestLogContext, next: () => Promise<void>) => {
    const started = performance.now();
    try {
      await next();
    } finally {
      const durationMs = Math.ceil(performance.now() - started);
      const route = ctx._matchedRoute === undefined ? undefined : String(ctx._matchedRoute);
      strapi.log.http(`${ctx.method} ${route ?? '(ingen route)'} (${durationMs} ms) ${ctx.status}`, {
        method: ctx.method,
        route: route ?? null,
        status: ctx.status,
        durationMs,
      });
    }
  };
