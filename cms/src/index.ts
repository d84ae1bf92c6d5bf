import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { closeWebRegistrationInProduction } from './access/first-admin';
import { registerOwnForbundCondition } from './access/forbund-scope';
import { registerForbundsredaktorGuard } from './access/forbundsredaktor-guard';
import { registerIntakeWriteGuard, registerSuperAdminIntakeLimits } from './access/intake-writes';
import { registerPublishedOnly } from './access/published-only';
import { registerSkribentGuard } from './access/skribent-guard';
import { applyAdminLabels } from './bootstrap/admin-labels';
import { configureEditorialRoles, registerOwnOrganisationCondition } from './bootstrap/editorial-roles';
import { ensureSwedishDefaultLocale } from './bootstrap/locale';
import { configurePublicPermissions } from './bootstrap/public-permissions';
import { registerRebuildNotifier } from './bootstrap/rebuild-webhook';
import { enforceTokens, removeDefaultRoles } from './bootstrap/strapi-defaults';
import { registerGuideMapRoutes } from './guidekarta/routes';
import { registerReadinessRoute } from './health/readiness';
import { registerIntakeAdminRoutes } from './intake/admin-routes';
import { titleUntitledKeys } from './intake/keys';
import { registerWordListRoute } from './klarsprak/word-lists';
import { registerPlatserDating } from './lediga-platser/stamp-date';
import { registerPreviewDraftRoute } from './preview/draft-route';
import { closeSharedRedis } from './redis/connection';
import { registerReviewRoutes } from './review/routes';
import { seedDemoContent } from './seed/seed';
import { registerContentValidation } from './validation/content-validation';
import { generateSlugsWithSharedRule, registerSlugFromName } from './validation/slug-from-name';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerPublishedOnly(strapi);
    registerSkribentGuard(strapi);
    registerForbundsredaktorGuard(strapi);
    registerIntakeWriteGuard(strapi);
    registerSuperAdminIntakeLimits(strapi);
    registerSlugFromName(strapi);
    registerPlatserDating(strapi);
    registerContentValidation(strapi);
    closeWebRegistrationInProduction(strapi);
  },

  /** Roles, permissions and (locally) demo content, configured in code and safe to re-run. */
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureSwedishDefaultLocale(strapi);
    await configurePublicPermissions(strapi);
    await registerOwnOrganisationCondition(strapi);
    await registerOwnForbundCondition(strapi);
    await configureEditorialRoles(strapi);
    await removeDefaultRoles(strapi);
    await enforceTokens(strapi);
    await applyAdminLabels(strapi, path.join(strapi.dirs.app.src, 'labels'));
    generateSlugsWithSharedRule(strapi);
    registerRebuildNotifier(strapi);
    registerIntakeAdminRoutes(strapi);
    await titleUntitledKeys(strapi);
    registerReviewRoutes(strapi);
    registerWordListRoute(strapi);
    registerGuideMapRoutes(strapi);
    registerPreviewDraftRoute(strapi);
    registerReadinessRoute(strapi);
    if (process.env.VG_SEED_DEMO === 'true') {
      if (process.env.NODE_ENV === 'production')
        throw new Error('VG_SEED_DEMO=true är inte tillåtet i produktion: demoinnehåll hör inte hemma där.');
      const started = Date.now();
      const summary = await seedDemoContent(strapi, process.env.VG_SEED_DATA_DIR || path.join(strapi.dirs.app.root, 'data'));
      const created = Object.values(summary.created).reduce((a, b) => a + b, 0);
      strapi.log.info(`Demoinnehåll: ${created} nya poster på ${Date.now() - started} ms (befintliga lämnades orörda).`);
    }
  },

  /** Closes what outlives a request: the shared Redis connection (its reconnect loop would keep the process alive). */
  destroy() {
    closeSharedRedis();
  },
};
