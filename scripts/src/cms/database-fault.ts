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
