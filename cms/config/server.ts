import type { Core } from '@strapi/strapi';
import { assertProductionSecrets } from '../src/env/check-secrets';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => {
  assertProductionSecrets();
  return {
    host: env('HOST', '0.0.0.0'),
    port: env.int('PORT', 1337),
    url: env('PUBLIC_URL', ''),
    // Behind a load balancer: trust X-Forwarded-For, so per-IP rate limits see the client, not the proxy.
    proxy: { koa: env.bool('VG_TRUST_PROXY', false) },
    app: {
      keys: env.array('APP_KEYS') as string[],
    },
    webhooks: {
      populateRelations: env.bool('WEBHOOKS_POPULATE_RELATIONS', false),
    },
  };
};

export default config;
