import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

const POLICY_NAME = 'first-admin-from-cli';

/**
 * Strapi's "the first visitor becomes super admin" endpoint: `POST /admin/register-admin`, open
 * to anyone while the database has no admin user.
 */
const isRegisterAdmin = (route: Core.Route) =>
  route.method === 'POST' && route.path === '/register-admin' && route.handler === 'authentication.registerAdmin';

/**
 * In production the first admin is created from the command line (`scripts/vg admin:create`),
 * never by whoever reaches /admin first on an empty database. A policy on Strapi's own
 * register-admin route refuses it there, whatever the path is spelt like on the way in (the
 * router matched it). Development keeps it: `scripts/vg start` registers the local admin
 * through it. Run in register(), before Strapi builds the admin routes.
 */
export function closeWebRegistrationInProduction(strapi: Core.Strapi): void {
  strapi.get('policies').add('global::', {
    [POLICY_NAME]: (_ctx: unknown, _config: unknown, { strapi: s }: { strapi: Core.Strapi }) => {
      if (s.config.get('environment') !== 'production') return true;
      throw new errors.PolicyError(
        'Den första administratören skapas från kommandoraden i produktion, inte här: kör scripts/vg admin:create --email … --firstname … --lastname … på servern (se README, Driftsättning).',
      );
    },
  });
  const route = Object.values(strapi.admin.routes)
    .flatMap((router) => router.routes)
    .find(isRegisterAdmin);
  // A Strapi upgrade that moves the route must not leave it open without anyone noticing.
  if (!route) throw new Error('Strapis väg POST /admin/register-admin hittades inte — uppdatera cms/src/access/first-admin.ts.');
  route.config = { ...route.config, policies: [...(route.config?.policies ?? []), `global::${POLICY_NAME}`] };
}
