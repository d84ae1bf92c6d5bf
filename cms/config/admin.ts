import type { Core } from '@strapi/strapi';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => ({
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
});

export default config;
