import type { Core } from '@strapi/strapi';
import { cmsOperationsEnv } from '@vg/shared-schema';
import { assertSafeProduction } from '../src/env/check-production';
import { trustedProxies } from '../src/env/trusted-proxies';
import { loggerConfig } from '../src/logging/logger-config';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => {
  assertSafeProduction();
  const proxies = trustedProxies();
  // JSON lines in production (or with VG_LOG_FORMAT=json), for a log collector.
  const { logFormat } = cmsOperationsEnv(process.env);
  return {
    host: env('HOST', '0.0.0.0'),
    port: env.int('PORT', 1337),
    url: env('PUBLIC_URL', ''),
    // Behind N proxies: the client is the address the outermost trusted proxy saw (see trusted-proxies.ts).
    proxy: { koa: proxies > 0, maxIpsCount: proxies },
    app: {
      keys: env.array('APP_KEYS') as string[],
    },
    logger: loggerConfig(logFormat),
    webhooks: {
      populateRelations: env.bool('WEBHOOKS_POPULATE_RELATIONS', false),
    },
  };
};

export default config;
