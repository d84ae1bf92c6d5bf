import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type StrapiServer, startStrapi } from '@vg/scripts/cms/strapi-process.ts';
import { findFreePort } from '../lib/ports.ts';
import { generateSecrets } from './dev-env.ts';
import { canUseSeedTemplate, copySeededSqlite, createSeededPostgresDatabase } from './seed-template.ts';
import { createPostgresDatabase, type TestDatabase } from './test-databases.ts';

export interface TempStrapi {
  url: string;
  server: StrapiServer;
  database: 'sqlite' | 'postgres';
  /** The SQLite file, for tests that must reach behind the CMS; undefined on PostgreSQL. */
  databaseFile: string | undefined;
  /** The PostgreSQL connection string, likewise; undefined on SQLite. */
  databaseUrl: string | undefined;
  /** Stops the CMS and starts it again on the same database (optionally with other env). */
  restart: (env?: Record<string, string>) => Promise<void>;
  dispose: () => Promise<void>;
}

export interface TempStrapiOptions {
  database?: 'sqlite' | 'postgres';
  /** Start on this existing database (a restored backup, say) instead of a throw-away one; dispose leaves it. */
  existing?: { databaseFile: string } | { databaseUrl: string };
  env?: Record<string, string>;
  /** Run this copy of the CMS app (see cms-copy.ts) instead of cms/ itself. */
  appDir?: string;
}

/**
 * A real Strapi on a throw-away database and a free port, without the admin bundle.
 * With VG_SEED_DEMO=true in a test run, the throw-away database is a copy of the run's seeded
 * template (seed-template.ts) instead of an empty one: the CMS starts with the demo content
 * already in place, and its own seed run finds everything there, as on any later start.
 */
export async function startTempStrapi(options: TempStrapiOptions = {}): Promise<TempStrapi> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vg-cms-'));
  let pgDb: TestDatabase | undefined;
  const dbEnv: Record<string, string> = {};
  // The template is seeded by cms/ itself: another copy of the app (appDir) seeds its own database.
  const fromTemplate = !options.existing && !options.appDir && canUseSeedTemplate({ ...process.env, ...options.env });
  if (options.existing) {
    if ('databaseUrl' in options.existing) dbEnv.DATABASE_URL = options.existing.databaseUrl;
    else dbEnv.DATABASE_FILENAME = options.existing.databaseFile;
  } else if (options.database === 'postgres') {
    pgDb = fromTemplate ? await createSeededPostgresDatabase() : await createPostgresDatabase();
    Object.assign(dbEnv, pgDb.env);
  } else {
    dbEnv.DATABASE_FILENAME = path.join(dir, 'data.db');
    if (fromTemplate) await copySeededSqlite(dbEnv.DATABASE_FILENAME);
  }
  const secrets = generateSecrets();
  const port = await findFreePort();
  const boot = (env: Record<string, string> = {}) =>
    startStrapi({
      port,
      timeoutMs: 300_000,
      appDir: options.appDir,
      env: { ...secrets, ...dbEnv, SERVE_ADMIN: 'false', ...options.env, ...env },
    });

  const temp: TempStrapi = {
    url: `http://127.0.0.1:${port}`,
    server: await boot(),
    database: dbEnv.DATABASE_URL ? 'postgres' : 'sqlite',
    databaseFile: dbEnv.DATABASE_FILENAME,
    databaseUrl: dbEnv.DATABASE_URL,
    restart: async (env) => {
      await temp.server.stop();
      temp.server = await boot(env);
    },
    dispose: async () => {
      await temp.server.stop();
      await pgDb?.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  return temp;
}
