import fs from 'node:fs';
import { backup, DatabaseSync } from 'node:sqlite';
import { UserError } from '../lib/processes.ts';
import type { DatabaseTarget } from './settings.ts';

type Sqlite = Extract<DatabaseTarget, { kind: 'sqlite' }>;

/** All pages in one step: one read transaction, so the copy is a single consistent moment. */
const ALL_PAGES = 2 ** 31 - 1;

/**
 * SQLite's online backup API: a consistent copy while the CMS runs. In WAL mode a reader never
 * blocks the CMS's writes (nor they it), and copying every page in one step means no write can
 * restart the copy halfway. The copy is then switched to a rollback journal, so it is one
 * self-contained file (the CMS turns WAL back on when it opens it), and checked.
 */
export async function backupSqlite(db: Sqlite, outFile: string): Promise<void> {
  if (!fs.existsSync(db.file)) {
    throw new UserError(
      `SQLite-filen ${db.file} finns inte — kontrollera DATABASE_FILENAME (relativt cms/) eller sätt DATABASE_URL för PostgreSQL.`,
    );
  }
  const source = new DatabaseSync(db.file);
  try {
    source.exec(`PRAGMA busy_timeout = ${db.busyTimeoutMs}`);
    await backup(source, outFile, { rate: ALL_PAGES });
  } finally {
    source.close();
  }
  const copy = new DatabaseSync(outFile);
  try {
    copy.exec('PRAGMA journal_mode = DELETE');
  } finally {
    copy.close();
  }
  const problem = sqliteFileProblem(outFile);
  if (problem) throw new UserError(`Kopian av ${db.file} är trasig (${problem}) — kör säkerhetskopieringen igen.`);
}

/** Why a SQLite file is not a sound database (PRAGMA quick_check), or undefined when it is. */
export function sqliteFileProblem(file: string): string | undefined {
  try {
    const db = new DatabaseSync(file, { readOnly: true });
    try {
      const rows = db.prepare('PRAGMA quick_check').all() as { quick_check: string }[];
      const result = rows.map((r) => r.quick_check).join('; ');
      return result === 'ok' ? undefined : result;
    } finally {
      db.close();
    }
  } catch (err) {
    return (err as Error).message;
  }
}

/**
 * What is already in a SQLite target: undefined when it is empty (no file, a zero-byte file,
 * or a database without tables), else a description. A WAL file left beside a missing
 * database counts as content: SQLite would replay it into whatever is restored there.
 */
export function sqliteContents(file: string): string | undefined {
  if (!fs.existsSync(file) || fs.statSync(file).size === 0) {
    const wal = `${file}-wal`;
    return fs.existsSync(wal) && fs.statSync(wal).size > 0 ? `en kvarglömd WAL-fil ${wal} utan databas` : undefined;
  }
  let db: DatabaseSync;
  try {
    db = new DatabaseSync(file, { readOnly: true });
  } catch (err) {
    return `en fil som inte går att öppna som SQLite (${(err as Error).message})`;
  }
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[];
    return tables.length === 0 ? undefined : describeTables(tables.map((t) => t.name));
  } catch (err) {
    return `en fil som inte är en SQLite-databas (${(err as Error).message})`;
  } finally {
    db.close();
  }
}

/** "87 tabeller (admin_permissions, admin_roles, admin_users, …)". */
export function describeTables(names: string[]): string {
  const shown = names.slice(0, 3).join(', ');
  return `${names.length} ${names.length === 1 ? 'tabell' : 'tabeller'} (${shown}${names.length > 3 ? ', …' : ''})`;
}
