import type { Core } from '@strapi/strapi';
import { intakeEnv } from '@vg/shared-schema';

const { VG_SITE_ORIGINS } = intakeEnv(process.env);

const config: Core.Config.Middlewares = [
  // In place of strapi::logger: method, route pattern, status and duration only (see request-log.ts).
  'global::request-log',
  'strapi::errors',
  'strapi::security',
  {
    // Browsers may call the CMS only from the site (the intake routes); the admin is same-origin.
    name: 'strapi::cors',
    config: {
      origin: VG_SITE_ORIGINS,
      methods: ['GET', 'HEAD', 'POST', 'OPTIONS'],
      headers: ['Content-Type', 'Accept', 'Idempotency-Key', 'Authorization'],
      expose: ['Retry-After', 'Idempotent-Replayed'],
      credentials: false,
      keepHeadersOnError: true,
    },
  },
  'strapi::poweredBy',
  'strapi::query',
  // A 64 KB limit on the public intake routes (as the router matches them), checked before strapi::body reads anything.
  'global::intake-body',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];

export default config;
