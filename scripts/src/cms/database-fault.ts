import { DatabaseSync } from 'node:sqlite';
import pg from 'pg';
import type { TempStrapi } from './temp-strapi.ts';

/**
 * Makes the test CMS's database refuse writes to one table, the way a full disk,
 * a lost connection or a constraint in the database would: a trigger that raises
 * an error inside the statement, so the CMS's transaction fails half-way. Returns
 * the function that removes the trigger again. For tests only.
 */
export async function failWrites(cms: TempStrapi, table: string, on: 'INSERT' | 'UPDATE'): Promise<() => Promise<void>> {
  const name = `vg_test_fel_${table}_${on.toLowerCase()}`;
  if (cms.databaseFile) {
    const db = new DatabaseSync(cms.databaseFile);
    db.exec('PRAGMA busy_timeout = 5000');
    db.exec(`CREATE TRIGGER ${name} BEFORE ${on} ON "${table}" BEGIN SELECT RAISE(ABORT, 'simulerat databasfel'); END`);
    db.close();
    return async () => {
      const again = new DatabaseSync(cms.databaseFile as string);
      again.exec('PRAGMA busy_timeout = 5000');
      again.exec(`DROP TRIGGER IF EXISTS ${name}`);
      again.close();
    };
  }
  if (!cms.databaseUrl) throw new Error('Test-CMS:et har varken SQLite-fil eller PostgreSQL-adress.');
  const sql = async (text: string) => {
    const client = new pg.Client({ connectionString: cms.databaseUrl });
    await client.connect();
    try {
      await client.query(text);
    } finally {
      await client.end();
    }
  };
  await sql(`CREATE OR REPLACE FUNCTION ${name}() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'simulerat databasfel'; END $$ LANGUAGE plpgsql;
    CREATE TRIGGER ${name} BEFORE ${on} ON "${table}" FOR EACH ROW EXECUTE FUNCTION ${name}();`);
  return () => sql(`DROP TRIGGER IF EXISTS ${name} ON "${table}"; DROP FUNCTION IF EXISTS ${name}();`);
}

/**
 * Makes the test CMS's PostgreSQL database unreachable, the way a database server that went
 * away would look to the CMS: new connections are refused and the open ones are ended. Returns
 * the function that lets connections in again. PostgreSQL only. For tests only.
 */
export async function refuseConnections(cms: TempStrapi): Promise<() => Promise<void>> {
  if (!cms.databaseUrl) throw new Error('refuseConnections fungerar bara mot PostgreSQL.');
  const url = new URL(cms.databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  // Run from the server's maintenance database: the CMS's own is about to refuse everyone.
  url.pathname = '/postgres';
  const sql = async (text: string, values: unknown[] = []) => {
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    try {
      await client.query(text, values);
    } finally {
      await client.end();
    }
  };
  const quoted = `"${name.replaceAll('"', '""')}"`;
  await sql(`ALTER DATABASE ${quoted} ALLOW_CONNECTIONS false`);
  await sql('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [name]);
  return () => sql(`ALTER DATABASE ${quoted} ALLOW_CONNECTIONS true`);
}
