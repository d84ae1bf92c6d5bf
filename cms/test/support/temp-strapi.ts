import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateSecrets } from '@vg/scripts/cms/dev-env.ts';
import { type StrapiServer, startStrapi } from '@vg/scripts/cms/strapi-process.ts';
import { findFreePort } from '@vg/scripts/lib/ports.ts';

export interface TempStrapi extends StrapiServer {
  dir: string;
  dispose: () => Promise<void>;
}

/** A real Strapi on a throw-away SQLite file and a free port, without the admin bundle. */
export async function startTempStrapi(env: Record<string, string> = {}): Promise<TempStrapi> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vg-cms-'));
  const server = await startStrapi({
    port: await findFreePort(),
    env: {
      ...generateSecrets(),
      DATABASE_FILENAME: path.join(dir, 'data.db'),
      SERVE_ADMIN: 'false',
      ...env,
    },
  });
  return {
    ...server,
    dir,
    dispose: async () => {
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
