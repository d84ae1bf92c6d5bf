import type { Core } from '@strapi/strapi';
import { assertProductionSecrets } from '../src/env/check-secrets';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => {
  assertProductionSecrets();
  return {
    host: env('HOST', '0.0.0.0'),
    port: env.int('PORT', 1337),
    url: env('PUBLIC_URL', ''),
    app: {
      keys: env.array('APP_KEYS') as string[],
    },
    webhooks: {
      populateRelations: env.bool('WEBHOOKS_POPULATE_RELATIONS', false),
    },
  };
};

export default config;
