import type { Core } from '@strapi/strapi';
import { s3Env } from '@vg/shared-schema';
import { s3UploadProvider } from '../src/uploads/s3';

/**
 * Uploads go to S3-compatible storage when S3_BUCKET is set (a partial S3 configuration stops the
 * start, naming each missing variable); otherwise Strapi's local provider keeps them in
 * public/uploads — one instance only, see checkCmsProductionEnv.
 */
const config = (_: Core.Config.Shared.ConfigParams): Core.Config.Plugin => {
  const s3 = s3Env(process.env);
  return {
    'users-permissions': {
      config: {
        jwtManagement: 'refresh',
        sessions: { httpOnly: true },
      },
    },
    upload: {
      config: {
        ...(s3 ? s3UploadProvider(s3) : {}),
        security: {
          // SVG can carry script; executables have no place in a welfare guide.
          allowedTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'application/pdf'],
          deniedTypes: ['image/svg+xml', 'application/x-msdownload', 'application/x-sh'],
        },
      },
    },
  };
};

export default config;
