import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../lib/processes.ts';
import type { DatabaseTarget } from './settings.ts';

export type PgTool = 'pg_dump' | 'pg_restore';

const DEBIAN_ROOT = '/usr/lib/postgresql';

const isExecutable = (file: string) => {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
};

/** Debian's versioned client folders, newest first: a newer pg_dump reads older servers, not the other way round. */
function debianBinDirs(root: string): string[] {
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root)
    .filter((v) => /^\d+(\.\d+)?$/.test(v))
    .sort((a, b) => Number(b) - Number(a))
    .map((v) => path.join(root, v, 'bin'));
}

/**
 * Where a PostgreSQL client tool is: the first on PATH, else the newest in
 * /usr/lib/postgresql/<version>/bin (Debian installs them there). Names the missing tool and
 * how to get it.
 */
export function findPgTool(name: PgTool, envPath = process.env.PATH ?? '', debianRoot = DEBIAN_ROOT): string {
  const dirs = [...envPath.split(path.delimiter).filter((d) => d !== ''), ...debianBinDirs(debianRoot)];
  const found = dirs.map((d) => path.join(d, name)).find(isExecutable);
  if (found) return found;
  throw new UserError(
    `${name} saknas: det finns varken i PATH eller i ${debianRoot}/*/bin. Installera PostgreSQL:s klientverktyg i samma huvudversion som servern eller nyare (Debian/Ubuntu: apt-get install postgresql-client-15) eller lägg mappen med ${name} först i PATH.`,
  );
}

/**
 * How to point a client tool at the database without the password on its command line
 * (visible to every user in `ps`): the address without it, the password in PGPASSWORD, and
 * DATABASE_SSL as libpq's sslmode (verify-full when the certificate is checked, as the CMS does).
 */
export function libpqConnection(db: Extract<DatabaseTarget, { kind: 'postgres' }>): { dbname: string; env: Record<string, string> } {
  const url = new URL(db.url);
  const env: Record<string, string> = {};
  if (url.password) env.PGPASSWORD = decodeURIComponent(url.password);
  url.password = '';
  if (db.ssl && !url.searchParams.has('sslmode') && !process.env.PGSSLMODE)
    env.PGSSLMODE = db.ssl.rejectUnauthorized ? 'verify-full' : 'require';
  return { dbname: url.toString(), env };
}

/** Runs pg_dump or pg_restore; a failure becomes a message with the tool's own last lines. */
export function runPgTool(name: PgTool, args: string[], env: Record<string, string>): Promise<void> {
  const bin = findPgTool(name);
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    child.on('error', (err) => reject(new UserError(`${bin} kunde inte startas: ${err.message}`)));
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new UserError(`${name} misslyckades (${signal ?? `kod ${code}`}):\n${stderr.trim()}`));
    });
  });
}
