import { dumpPostgres, postgresTables } from './postgres.ts';
import type { DatabaseTarget } from './settings.ts';
import { backupSqlite, describeTables, sqliteContents } from './sqlite.ts';

/** Writes a consistent dump of the database to `outFile`, while the CMS keeps running. */
export async function dumpDatabase(db: DatabaseTarget, outFile: string): Promise<void> {
  if (db.kind === 'sqlite') await backupSqlite(db, outFile);
  else await dumpPostgres(db, outFile);
}

/**
 * What the target database already holds, in words, or undefined when it is empty — the only
 * kind of database a restore writes into without --force.
 */
export async function databaseContents(db: DatabaseTarget): Promise<string | undefined> {
  if (db.kind === 'sqlite') return sqliteContents(db.file);
  const tables = await postgresTables(db);
  return tables.length === 0 ? undefined : `${describeTables(tables)} i schemat ${db.schema}`;
}
