import { randomBytes } from 'node:crypto';
import net from 'node:net';
import pg from 'pg';

export const ADMIN_URL = process.env.VG_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  name: 'sqlite' | 'postgres';
  /** Environment for the CMS: DATABASE_URL for PostgreSQL, nothing for SQLite (temp file chosen later). */
  env: Record<string, string>;
  drop: () => Promise<void>;
}

/** True when a PostgreSQL server answers on 127.0.0.1:5432 (or VG_TEST_POSTGRES_URL). */
export async function postgresAvailable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** A fresh PostgreSQL database for one test file (empty, or a copy of `template`), dropped afterwards. */
export async function createPostgresDatabase(options: { template?: string } = {}): Promise<TestDatabase> {
  const name = `vg_test_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}${options.template ? ` TEMPLATE ${options.template}` : ''}`);
  } finally {
    await admin.end();
  }
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    name: 'postgres',
    env: { DATABASE_URL: url.toString() },
    drop: async () => {
      const c = new pg.Client({ connectionString: ADMIN_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/**
 * The databases CMS integration tests run against: SQLite always, PostgreSQL
 * when a server answers. When none does, the skip is printed, not silent.
 */
export async function testDatabases(): Promise<('sqlite' | 'postgres')[]> {
  if (await postgresAvailable()) return ['sqlite', 'postgres'];
  console.warn(`⚠ PostgreSQL svarar inte på ${ADMIN_URL.replace(/\/\/[^@]*@/, '//')} — CMS-testerna körs bara mot SQLite.`);
  return ['sqlite'];
}

/** The Redis CMS tests use: 127.0.0.1:6379 unless VG_TEST_REDIS_URL says otherwise. */
export const TEST_REDIS_URL = process.env.VG_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** True when TEST_REDIS_URL answers PING (plain TCP, no password). */
export async function redisAvailable(): Promise<boolean> {
  const { hostname, port } = new URL(TEST_REDIS_URL);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 6379), timeout: 2000 });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
    socket.once('timeout', () => done(false));
    socket.once('error', () => done(false));
  });
}
