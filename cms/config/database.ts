import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { DatabaseEnvSchema, formatEnvIssues } from '@vg/shared-schema';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Database => {
  const parsed = DatabaseEnvSchema.safeParse({
    DATABASE_URL: env('DATABASE_URL') || undefined,
    DATABASE_FILENAME: env('DATABASE_FILENAME'),
  });
  if (!parsed.success) {
    throw new Error(`Fel i databasinställningen:\n  - ${formatEnvIssues(parsed.error).join('\n  - ')}`);
  }
  const db = parsed.data;

  if (db.client === 'postgres') {
    const url = new URL(db.url);
    return {
      connection: {
        client: 'postgres',
        connection: {
          connectionString: db.url,
          host: url.hostname,
          port: Number(url.port || 5432),
          database: decodeURIComponent(url.pathname.slice(1)),
          user: decodeURIComponent(url.username),
          password: decodeURIComponent(url.password),
          ssl: env.bool('DATABASE_SSL', false) ? { rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true) } : false,
          schema: env('DATABASE_SCHEMA', 'public'),
        },
        pool: { min: env.int('DATABASE_POOL_MIN', 0), max: env.int('DATABASE_POOL_MAX', 10) },
        acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
      },
    };
  }

  // Relative to cms/ (config is compiled into cms/dist/config). An empty value must not open a directory.
  const filename = path.resolve(__dirname, '..', '..', db.filename);
  fs.mkdirSync(path.dirname(filename), { recursive: true });
  return {
    connection: {
      client: 'sqlite',
      connection: { filename },
      useNullAsDefault: true,
      acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
    },
  };
};

export default config;
