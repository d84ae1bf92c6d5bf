import type { Core } from '@strapi/strapi';

export type IntakeRoute = 'forslag' | 'aterkoppling' | 'ledigaPlatser';

/** The public intake routes, as declared to Strapi's router (under the content API's /api prefix). */
export const INTAKE_ROUTES: readonly { name: IntakeRoute; path: string }[] = [
  { name: 'forslag', path: '/intake/forslag' },
  { name: 'aterkoppling', path: '/intake/aterkoppling' },
  { name: 'ledigaPlatser', path: '/intake/lediga-platser' },
];

interface RouterLayer {
  path: string;
  methods: string[];
}
interface MatchingRouter {
  match: (path: string, method: string) => { pathAndMethod: RouterLayer[] };
}

/**
 * The intake route a request will reach, asked of Strapi's own router with the
 * request's path and method — so every spelling the router accepts (case, a
 * trailing slash) is recognised, and nothing else is. Used before the route
 * runs (the body parser is global and comes first); undefined for other routes.
 */
export function intakeRouteOf(strapi: Core.Strapi, ctx: { path: string; method: string }): IntakeRoute | undefined {
  const router = strapi.server.router as unknown as MatchingRouter;
  const layer = router.match(ctx.path, ctx.method).pathAndMethod.find((l) => l.methods.length > 0);
  return INTAKE_ROUTES.find((r) => layer?.path === `/api${r.path}`)?.name;
}
