import type { Core } from '@strapi/strapi';
import { intakeEnv, s3Env } from '@vg/shared-schema';
import { securityWithUploadsOrigin } from '../src/uploads/s3';

const { VG_SITE_ORIGINS } = intakeEnv(process.env);
const s3 = s3Env(process.env);

const config: Core.Config.Middlewares = [
  // In place of strapi::logger: method, route pattern, status and duration only (see request-log.ts).
  'global::request-log',
  'strapi::errors',
  // With S3 uploads the admin shows images from the bucket's address: its CSP must allow it.
  s3 ? securityWithUploadsOrigin(s3) : 'strapi::security',
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
