import { INTAKE_ROUTES } from '../../../intake/routes';

/**
 * The public intake routes: proposals from member organisations and visitor
 * feedback. Not the public role's CRUD (the intake types have no REST routes at
 * all): each route does its own validation, rate limit, idempotency and origin
 * check. The body limit is tied to these routes by the router's own matching
 * (src/middlewares/intake-body.ts), so no spelling of the path escapes it.
 * Answers JSON to JSON and a 303 redirect to the site to a plain HTML form POST.
 */
export default {
  routes: INTAKE_ROUTES.map((r) => ({
    method: 'POST',
    path: r.path,
    handler: `intake.${r.name}`,
    config: { auth: false, policies: [], middlewares: [] },
  })),
};
