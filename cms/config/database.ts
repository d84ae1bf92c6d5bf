import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { DatabaseEnvSchema, formatEnvIssues } from '@vg/shared-schema';
import { assertSafeProduction } from '../src/env/check-production';

/** The part of a better-sqlite3 connection used here. */
interface SqliteConnection {
  pragma: (source: string) => unknown;
}

/**
 * SQLite settings, run when the pool opens a connection (after Strapi's own foreign_keys
 * pragma). WAL (kept in the file) lets another process read while the CMS writes and the
 * other way round — a backup, the sqlite3 shell, a test — and makes each commit one append;
 * the busy timeout (per connection) makes a write that meets another process's write wait for
 * it instead of failing at once with SQLITE_BUSY.
 */
const sqliteAfterCreate =
  (busyTimeoutMs: number) =>
  (conn: unknown, done: (err?: Error, conn?: unknown) => void): void => {
    try {
      const sqlite = conn as SqliteConnection;
      sqlite.pragma('journal_mode = WAL');
      sqlite.pragma(`busy_timeout = ${busyTimeoutMs}`);
      done(undefined, conn);
    } catch (err) {
      done(err as Error, conn);
    }
  };

/*
 * User migrations (cms/database/migrations/*.ts, see docs/schema-changes.md) are compiled with
 * the rest of the CMS; Strapi only loads .js and .sql files, so it must look for them in the
 * compiled output (dist/database/migrations), not beside the sources. runMigrations (default
 * true) must stay on: Strapi runs pending migrations just before its schema sync, which would
 * otherwise drop a renamed field's column with its data.
 */
const settings = { useTypescriptMigrations: true };

/*
 * compileSqlOnError: false (both clients) — knex otherwise writes a failed statement into the
 * error message with its values filled in, and Strapi logs unexpected errors: a failed insert
 * would put what a visitor submitted into the log. The placeholders are enough to debug.
 */
const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Database => {
  // Also checked in server.ts; here first, since this file creates the SQLite folder.
  assertSafeProduction();
  const parsed = DatabaseEnvSchema.safeParse({
    DATABASE_URL: env('DATABASE_URL') || undefined,
    DATABASE_FILENAME: env('DATABASE_FILENAME'),
    DATABASE_BUSY_TIMEOUT: env('DATABASE_BUSY_TIMEOUT'),
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
        compileSqlOnError: false,
      },
      settings,
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
      pool: { afterCreate: sqliteAfterCreate(db.busyTimeoutMs) },
      acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
      compileSqlOnError: false,
    },
    settings,
  };
};

export default config;
