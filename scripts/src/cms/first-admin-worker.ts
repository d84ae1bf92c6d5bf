// Started by first-admin.ts with cms/ as its working directory: loads the compiled CMS as
// `strapi start` does, without listening on a port, creates the first super admin, answers over
// IPC and exits. Not a command of its own.
import { createRequire } from 'node:module';
import path from 'node:path';
import type { FirstAdmin } from './admin-account.ts';
import type { WorkerResult } from './first-admin.ts';

/** The parts of Strapi used here (from the CMS's own @strapi/strapi). */
interface StrapiApp {
  load: () => Promise<StrapiApp>;
  destroy: () => Promise<void>;
  service: (uid: 'admin::user') => AdminUsers;
}
interface AdminUsers {
  /** True when any admin user exists (with `where` {}: Strapi counts them all). */
  exists: (where?: Record<string, unknown>) => Promise<boolean>;
  /**
   * Strapi's own first-admin creation (what /admin/register-admin calls): in one transaction it
   * locks the super admin role, refuses when an admin exists and creates an active super admin.
   */
  createFirstAdmin: (attributes: { email: string; firstname: string; lastname?: string; password: string }) => Promise<unknown>;
}

const cmsDir = process.cwd();
const { createStrapi } = createRequire(path.join(cmsDir, 'package.json'))('@strapi/strapi') as {
  createStrapi: (options: { appDir: string; distDir: string }) => StrapiApp;
};

const answer = (result: WorkerResult): Promise<void> =>
  new Promise((resolve) => {
    if (process.send) process.send(result, () => resolve());
    else resolve();
  });

async function create(account: FirstAdmin): Promise<WorkerResult> {
  const strapi = await createStrapi({ appDir: cmsDir, distDir: path.join(cmsDir, 'dist') }).load();
  try {
    const users = strapi.service('admin::user');
    if (await users.exists()) return { kind: 'admin-exists' };
    try {
      await users.createFirstAdmin(account);
    } catch (err) {
      // Another process made the first admin between the check and the transaction.
      if (/cannot register a new super admin/i.test((err as Error).message)) return { kind: 'admin-exists' };
      throw err;
    }
    return { kind: 'created' };
  } finally {
    await strapi.destroy();
  }
}

process.once('message', (message: { account: FirstAdmin }) => {
  create(message.account)
    .catch((err: unknown): WorkerResult => ({ kind: 'error', message: (err as Error).message }))
    .then(async (result) => {
      await answer(result);
      // Strapi leaves timers and handles behind; the answer is sent, so stop here.
      process.exit(result.kind === 'error' ? 1 : 0);
    });
});
