import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CMS_SECRET_NAMES } from '@vg/shared-schema';
import { CMS_DIR } from '../lib/paths.ts';
import { UserError } from '../lib/processes.ts';
import type { FirstAdmin } from './admin-account.ts';
import { parseDotenv } from './dev-env.ts';
import { compileCms } from './strapi-process.ts';

/** What the worker answers over its IPC channel; one message, then it exits. */
export type WorkerResult = { kind: 'created' } | { kind: 'admin-exists' } | { kind: 'error'; message: string };

const WORKER = path.join(import.meta.dirname, 'first-admin-worker.ts');

/**
 * Stops with a Swedish message when the CMS's secrets are missing from both the environment and
 * cms/.env (which Strapi reads for what the environment leaves out); Strapi's own complaint
 * about app keys would not say what to do.
 */
export function assertCmsSecrets(env: NodeJS.ProcessEnv = process.env): void {
  const envFile = path.join(CMS_DIR, '.env');
  const local = fs.existsSync(envFile) ? parseDotenv(fs.readFileSync(envFile, 'utf8')) : {};
  const missing = CMS_SECRET_NAMES.filter((name) => !env[name] && !local[name]);
  if (missing.length > 0) {
    throw new UserError(
      `CMS:ets hemligheter saknas (${missing.join(', ')}). Kör kommandot med samma miljö som CMS:et kör med — eller, lokalt, kör scripts/vg start en gång först, så skapas cms/.env.`,
    );
  }
}

/**
 * Creates the first super admin in the CMS's database, or answers `admin-exists` (and changes
 * nothing) when the database has any admin user. Runs Strapi in a child process inside cms/, the
 * way `strapi start` runs: it reads the same configuration (the environment, cms/.env) and
 * checks it the same way — in production it refuses weak secrets or SQLite just as the server
 * does — without listening on a port. The account goes over the IPC channel, never through
 * the command line or the environment, where other processes could read the password.
 */
export async function createFirstAdmin(account: FirstAdmin, env: NodeJS.ProcessEnv = process.env): Promise<'created' | 'admin-exists'> {
  assertCmsSecrets(env);
  // The compiled CMS is what the server runs; compile only where nothing is compiled yet.
  if (!fs.existsSync(path.join(CMS_DIR, 'dist', 'src', 'index.js'))) await compileCms();
  // No admin bundle is needed to load the CMS, and creating an account never seeds demo content.
  // On SQLite the command runs beside a CMS that may be writing: a one-off command can wait longer
  // for the server's write than the server's own 5 s (a busy machine took longer in CI).
  const childEnv: NodeJS.ProcessEnv = {
    ...env,
    SERVE_ADMIN: 'false',
    VG_SEED_DEMO: 'false',
    STRAPI_TELEMETRY_DISABLED: 'true',
    DATABASE_BUSY_TIMEOUT: env.DATABASE_BUSY_TIMEOUT ?? '30000',
  };
  delete childEnv.VG_ADMIN_PASSWORD;
  // SQLite refuses a write at once, without waiting, when the server committed after the command's
  // transaction began reading ("database is locked" though the timeout is long; seen on a loaded
  // machine). Nothing was written then, so the command starts over, a few times.
  for (let attempt = 1; ; attempt++) {
    const outcome = await runWorker(account, childEnv);
    if (outcome !== 'locked' || attempt === LOCKED_ATTEMPTS) {
      if (outcome === 'locked')
        throw new UserError(
          `Administratören kunde inte skapas: databasen var upptagen ${LOCKED_ATTEMPTS} gånger. Försök igen om en stund.`,
        );
      return outcome;
    }
    await new Promise((r) => setTimeout(r, 1000 * attempt));
  }
}

const LOCKED_ATTEMPTS = 3;

/** One run of the worker: its answer, 'locked' when SQLite refused a write, or a UserError for anything else. */
async function runWorker(account: FirstAdmin, childEnv: NodeJS.ProcessEnv): Promise<'created' | 'admin-exists' | 'locked'> {
  const child = spawn(process.execPath, [WORKER], {
    cwd: CMS_DIR,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 400) output.splice(0, output.length - 400);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  const result = await new Promise<WorkerResult | undefined>((resolve, reject) => {
    let answer: WorkerResult | undefined;
    child.on('message', (message: WorkerResult) => {
      answer = message;
    });
    child.on('error', reject);
    child.on('exit', () => resolve(answer));
    child.send({ account });
  });
  if (result?.kind === 'created' || result?.kind === 'admin-exists') return result.kind;
  if (result?.kind === 'error' && /database is locked|SQLITE_BUSY/i.test(result.message)) return 'locked';
  const why = result?.kind === 'error' ? result.message : `CMS:et stannade utan svar:\n${output.join('').slice(-3000)}`;
  throw new UserError(`Administratören kunde inte skapas. ${why}`);
}
