import { ensureAdminBuilt } from '@vg/scripts/cms/admin-build.ts';
import { generateSecrets } from '@vg/scripts/cms/dev-env.ts';
import { compileCms } from '@vg/scripts/cms/strapi-process.ts';

/**
 * Compile the CMS once per test run; every test file then starts the compiled server.
 * The admin bundle (for the browser test) is built here too, when it is out of date:
 * `strapi build` recompiles the server, which must not happen while a test file boots one.
 */
export default async function setup(): Promise<void> {
  // The build loads the CMS's production config, which wants its secrets; any will do for a build.
  const secrets = Object.entries(generateSecrets()).filter(([name]) => process.env[name] === undefined);
  for (const [name, value] of secrets) process.env[name] = value;
  try {
    await ensureAdminBuilt();
  } finally {
    for (const [name] of secrets) delete process.env[name];
  }
  await compileCms();
}
