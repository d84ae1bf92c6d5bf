import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../lib/processes.ts';
import { parseDotenv } from './dev-env.ts';

export const DEV_ADMIN_EMAIL = 'admin@example.se';

/**
 * On a fresh local database, registers the first (super) admin with a random
 * password, keeps the credentials in cms/.env and prints them. Never in production:
 * there the first admin is created with `scripts/vg admin:create`, and the web
 * registration this uses is closed (cms/src/access/first-admin.ts).
 */
export async function ensureDevAdmin(cmsUrl: string, cmsDir: string): Promise<{ email: string; password: string }> {
  if (process.env.NODE_ENV === 'production') throw new UserError('Utvecklingskontot skapas aldrig i produktionsläge.');
  const envFile = path.join(cmsDir, '.env');
  const saved = parseDotenv(fs.existsSync(envFile) ? fs.readFileSync(envFile, 'utf8') : '');
  const init = (await (await fetch(`${cmsUrl}/admin/init`)).json()) as { data?: { hasAdmin?: boolean } };
  if (init.data?.hasAdmin) {
    const email = saved.VG_DEV_ADMIN_EMAIL ?? DEV_ADMIN_EMAIL;
    return { email, password: saved.VG_DEV_ADMIN_PASSWORD ?? '(finns redan — se cms/.env)' };
  }
  // Strapi demands upper case, lower case and a digit.
  const password = saved.VG_DEV_ADMIN_PASSWORD ?? `Vg-${randomBytes(12).toString('base64url')}-a1A`;
  const res = await fetch(`${cmsUrl}/admin/register-admin`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: DEV_ADMIN_EMAIL, password, firstname: 'Lokal', lastname: 'Redaktör' }),
  });
  if (!res.ok) throw new UserError(`Kunde inte skapa utvecklingskontot i CMS:et (${res.status}): ${await res.text()}`);
  if (!saved.VG_DEV_ADMIN_PASSWORD) {
    fs.appendFileSync(envFile, `VG_DEV_ADMIN_EMAIL=${DEV_ADMIN_EMAIL}\nVG_DEV_ADMIN_PASSWORD=${password}\n`, { mode: 0o600 });
  }
  return { email: DEV_ADMIN_EMAIL, password };
}
