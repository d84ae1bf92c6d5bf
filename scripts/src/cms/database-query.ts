import { DatabaseSync } from 'node:sqlite';
import pg from 'pg';
import type { TempStrapi } from './temp-strapi.ts';

type Target = Pick<TempStrapi, 'databaseUrl' | 'databaseFile'>;

/** Reads a test CMS's database behind Strapi's back, on PostgreSQL or SQLite: for assertions on what is stored. */
export async function queryCmsDatabase(cms: Target, statement: string): Promise<Record<string, unknown>[]> {
  if (cms.databaseUrl) {
    const client = new pg.Client({ connectionString: cms.databaseUrl });
    await client.connect();
    try {
      return (await client.query(statement)).rows as Record<string, unknown>[];
    } finally {
      await client.end();
    }
  }
  if (!cms.databaseFile) throw new Error('the CMS has neither a DATABASE_URL nor a SQLite file');
  const db = new DatabaseSync(cms.databaseFile);
  try {
    return db.prepare(statement).all() as Record<string, unknown>[];
  } finally {
    db.close();
  }
}

/** The column names of a table (in the connection's current schema on PostgreSQL). */
export async function tableColumns(cms: Target, table: string): Promise<string[]> {
  if (!/^[a-z0-9_]+$/.test(table)) throw new Error(`not a table name: ${table}`);
  const rows = await queryCmsDatabase(
    cms,
    cms.databaseUrl
      ? `SELECT column_name AS name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = '${table}'`
      : `PRAGMA table_info(${table})`,
  );
  return rows.map((row) => String(row.name));
}
