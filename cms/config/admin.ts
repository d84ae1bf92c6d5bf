import type { Core } from '@strapi/strapi';
import { cmsPreviewEnv } from '@vg/shared-schema';
import { previewUrlHandler } from '../src/preview/preview-url';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => {
  const preview = cmsPreviewEnv(process.env);
  return {
    auth: {
      secret: env('ADMIN_JWT_SECRET') as string,
    },
    apiToken: {
      salt: env('API_TOKEN_SALT') as string,
    },
    transfer: {
      token: {
        salt: env('TRANSFER_TOKEN_SALT') as string,
      },
    },
    secrets: {
      encryptionKey: env('ENCRYPTION_KEY') as string,
    },
    // Tests run the server without the (slow to build) admin bundle.
    serveAdminPanel: env.bool('SERVE_ADMIN', true),
    flags: {
      nps: false,
      promoteEE: false,
    },
    // Drafts shown as pages of the site by the preview service (scripts/src/preview); off without VG_PREVIEW_URL.
    preview: preview.VG_PREVIEW_URL
      ? {
          enabled: true,
          config: {
            allowedOrigins: [new URL(preview.VG_PREVIEW_URL).origin],
            handler: previewUrlHandler(preview.VG_PREVIEW_URL, env('ADMIN_JWT_SECRET') as string, preview.VG_PREVIEW_TTL_SECONDS),
          },
        }
      : { enabled: false, config: { handler: () => undefined } },
  };
};

export default config;
