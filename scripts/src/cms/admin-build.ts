import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { CMS_DIR } from '../lib/paths.ts';
import { run } from '../lib/processes.ts';
import { generateSecrets } from './dev-env.ts';

const STAMP = path.join(CMS_DIR, 'dist', 'build', '.vg-admin-stamp');

/** What the admin bundle depends on: our admin customisations and the installed Strapi. */
function adminFingerprint(): string {
  const hash = createHash('sha256');
  hash.update(fs.readFileSync(path.join(CMS_DIR, 'package.json')));
  hash.update(fs.readFileSync(path.join(CMS_DIR, 'node_modules', '@strapi', 'strapi', 'package.json')));
  const adminDir = path.join(CMS_DIR, 'src', 'admin');
  for (const file of fs.readdirSync(adminDir, { recursive: true, encoding: 'utf8' }).sort()) {
    const full = path.join(adminDir, file);
    if (fs.statSync(full).isFile()) hash.update(file).update(fs.readFileSync(full));
  }
  return hash.digest('hex');
}

/**
 * The build's environment. It loads the production config (for the admin's settings), which
 * checks the secrets, but never opens the database: throw-away secrets stand in for unset ones
 * (nothing of them ends up in the build), and the refusal of SQLite in production does not apply.
 * Without PUBLIC_URL the admin calls its own origin, so one build serves any address.
 */
function buildEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...generateSecrets(), ...process.env };
  delete env.PUBLIC_URL;
  return { ...env, STRAPI_TELEMETRY_DISABLED: 'true', NODE_ENV: 'production', VG_ALLOW_SQLITE_IN_PRODUCTION: 'true' };
}

/**
 * Builds the admin panel and the server (`strapi build`, about a minute, ~2 GB) only when the
 * admin is missing or out of date; true when it built.
 */
export async function ensureAdminBuilt(): Promise<boolean> {
  const want = adminFingerprint();
  if (fs.existsSync(STAMP) && fs.readFileSync(STAMP, 'utf8') === want) return false;
  console.log('Bygger CMS:ets adminpanel (första gången tar det ungefär en minut)…');
  await run(process.execPath, [path.join(CMS_DIR, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js'), 'build'], {
    cwd: CMS_DIR,
    env: buildEnv(),
  });
  fs.writeFileSync(STAMP, want);
  return true;
}
