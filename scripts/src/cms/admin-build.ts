import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { CMS_DIR } from '../lib/paths.ts';
import { run } from '../lib/processes.ts';

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

/** Builds the admin panel (about a minute, ~2 GB) only when it is missing or out of date. */
export async function ensureAdminBuilt(): Promise<void> {
  const want = adminFingerprint();
  if (fs.existsSync(STAMP) && fs.readFileSync(STAMP, 'utf8') === want) return;
  console.log('Bygger CMS:ets adminpanel (första gången tar det ungefär en minut)…');
  await run(process.execPath, [path.join(CMS_DIR, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js'), 'build'], {
    cwd: CMS_DIR,
    // The build loads the production config (for the admin's settings) but never opens the database:
    // the local SQLite file is no production database, so the refusal of SQLite in production does not apply.
    env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true', NODE_ENV: 'production', VG_ALLOW_SQLITE_IN_PRODUCTION: 'true' },
  });
  fs.writeFileSync(STAMP, want);
}
