import pg from 'pg';
import { UserError } from '../lib/processes.ts';
import { libpqConnection, runPgTool } from './pg-tools.ts';
import { type DatabaseTarget, describeDatabase } from './settings.ts';

type Postgres = Extract<DatabaseTarget, { kind: 'postgres' }>;

/**
 * pg_dump in custom format: compressed, and pg_restore can restore it into any empty database.
 * It reads one consistent snapshot, so the CMS keeps running and writing meanwhile.
 */
export async function dumpPostgres(db: Postgres, outFile: string): Promise<void> {
  const { dbname, env } = libpqConnection(db);
  await runPgTool('pg_dump', ['--format=custom', '--no-password', `--file=${outFile}`, `--dbname=${dbname}`], env);
}

/** The tables in the CMS's schema (DATABASE_SCHEMA, default public); none means the database is empty. */
export async function postgresTables(db: Postgres): Promise<string[]> {
  const client = new pg.Client({ connectionString: db.url, ssl: db.ssl, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } catch (err) {
    throw new UserError(
      `Kan inte ansluta till ${describeDatabase(db)}: ${(err as Error).message}. Kontrollera DATABASE_URL; vid återställning ska databasen finnas och vara tom (createdb NAMN).`,
    );
  }
  try {
    const result = await client.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') ORDER BY c.relname`,
      [db.schema],
    );
    return result.rows.map((r) => r.name);
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * pg_restore into the target, all or nothing: one transaction that stops at the first error,
 * so a failed restore leaves the database as it was. Objects get the target's own owner and
 * privileges (the dump may come from another server with other roles). `replace` (--force)
 * drops the dump's objects first where they exist.
 */
export async function restorePostgres(db: Postgres, dumpFile: string, replace: boolean): Promise<void> {
  const { dbname, env } = libpqConnection(db);
  await runPgTool(
    'pg_restore',
    [
      '--no-owner',
      '--no-privileges',
      '--exit-on-error',
      '--single-transaction',
      '--no-password',
      ...(replace ? ['--clean', '--if-exists'] : []),
      `--dbname=${dbname}`,
      dumpFile,
    ],
    env,
  );
}
