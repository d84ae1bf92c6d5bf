import fs from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import pg from 'pg';
import { findFreePort } from '../lib/ports.ts';
import { oncePerRun, testRunCacheDir, testRunExists, testRunId } from '../lib/test-run-cache.ts';
import { generateSecrets } from './dev-env.ts';
import { startStrapi } from './strapi-process.ts';
import { ADMIN_URL, createPostgresDatabase, type TestDatabase } from './test-databases.ts';

/*
 * Seeded templates for a test run. Seeding the demo content is the larger part of starting a seeded
 * CMS (506 entries through the document service: 7–12 s of Strapi's work, longer on PostgreSQL),
 * and a run starts a seeded CMS about twenty times. So a run seeds once per database engine, into
 * a template, and every seeded CMS after that starts on its own copy: a file copy on SQLite,
 * CREATE DATABASE … TEMPLATE on PostgreSQL, each well under a second. The template is seeded the
 * way a seeded CMS seeds its own database (a real Strapi with VG_SEED_DEMO=true, by the code under
 * test), and the CMS on the copy still runs its seed at start, which then finds everything there.
 *
 * Only in a test run with a run folder (lib/test-run-cache.ts); otherwise a seeded CMS seeds its
 * own database as before.
 */

type Engine = 'sqlite' | 'postgres';
/** The PostgreSQL template of a run is named after the run's folder, so a crashed run's can be told apart. */
const PG_PREFIX = 'vg_seed_template_';

/**
 * Whether a CMS started with this environment can start on a copy of the run's template instead of
 * seeding: only the plain demo seed (not another data folder), only in a test run.
 */
export function canUseSeedTemplate(env: Record<string, string | undefined>): boolean {
  return env.VG_SEED_DEMO === 'true' && !env.VG_SEED_DATA_DIR && env.NODE_ENV !== 'production' && testRunCacheDir() !== undefined;
}

/** A fresh SQLite file at `file`, copied from the run's seeded template (seeded first if need be). */
export async function copySeededSqlite(file: string): Promise<void> {
  const template = await oncePerRun('seeded-sqlite', (dir) => makeTemplate('sqlite', dir));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.copyFileSync(template, file);
}

/** A fresh PostgreSQL database copied from the run's seeded template (seeded first if need be). */
export async function createSeededPostgresDatabase(): Promise<TestDatabase> {
  const template = await oncePerRun('seeded-postgres', (dir) => makeTemplate('postgres', dir));
  return createPostgresDatabase({ template });
}

/** Seeds a template: a real Strapi with VG_SEED_DEMO=true on a new database, stopped once it is up. Returns the file or database name. */
async function makeTemplate(engine: Engine, dir: string): Promise<string> {
  const started = Date.now();
  const file = path.join(dir, 'seeded.db');
  const name = `${PG_PREFIX}${testRunId(dir)}`;
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  if (engine === 'postgres') await adminQuery(`CREATE DATABASE ${name}`);
  const server = await startStrapi({
    port: await findFreePort(),
    timeoutMs: 300_000,
    env: {
      ...generateSecrets(),
      ...(engine === 'sqlite' ? { DATABASE_FILENAME: file } : { DATABASE_URL: url.toString() }),
      SERVE_ADMIN: 'false',
      VG_SEED_DEMO: 'true',
    },
  });
  const seeded = server.stdout().find((line) => line.includes('Demoinnehåll:'));
  await server.stop();
  if (!seeded) throw new Error(`Strapi startade men seedade inget demoinnehåll:\n${server.log().slice(-3000)}`);
  if (engine === 'sqlite') {
    // One self-contained file to copy: fold the write-ahead log into it (the file stays in WAL mode).
    const db = new DatabaseSync(file);
    try {
      db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    } finally {
      db.close();
    }
    for (const extra of ['-wal', '-shm']) fs.rmSync(`${file}${extra}`, { force: true });
  } else {
    // CREATE DATABASE … TEMPLATE needs a template without sessions: none may connect to it from now on.
    await adminQuery(`ALTER DATABASE ${name} WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`);
    await adminQuery(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}'`);
  }
  console.log(
    `Mall för seedad ${engine}-databas klar på ${((Date.now() - started) / 1000).toFixed(1)} s; seedade CMS startar på kopior av den.`,
  );
  return engine === 'sqlite' ? file : name;
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * For the global setup, at teardown: drops the run's PostgreSQL template, and any a crashed run
 * left behind (its run folder is gone). Quietly nothing when PostgreSQL does not answer.
 */
export async function dropSeedTemplates(runDir?: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
  } catch {
    return;
  }
  try {
    const { rows } = await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE starts_with(datname, $1)', [PG_PREFIX]);
    for (const { datname } of rows) {
      const id = datname.slice(PG_PREFIX.length);
      if ((runDir && id === testRunId(runDir)) || !testRunExists(id)) {
        await client.query(`ALTER DATABASE ${datname} WITH IS_TEMPLATE false`);
        await client.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
      }
    }
  } finally {
    await client.end();
  }
}
