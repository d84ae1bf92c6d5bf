/**
 * The public intake routes: proposals from member organisations and visitor
 * feedback. Not the public role's CRUD (the intake types have no REST routes at
 * all): each route does its own validation, body limit (src/middlewares/body.ts),
 * rate limit, idempotency and origin check. Answers JSON to JSON and a 303
 * redirect to the site to a plain HTML form POST.
 */
export default {
  routes: [
    {
      method: 'POST',
      path: '/intake/forslag',
      handler: 'intake.forslag',
      config: { auth: false, policies: [], middlewares: [] },
    },
    {
      method: 'POST',
      path: '/intake/aterkoppling',
      handler: 'intake.aterkoppling',
      config: { auth: false, policies: [], middlewares: [] },
    },
  ],
};
