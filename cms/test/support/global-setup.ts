import { buildCmsForProduction } from '@vg/scripts/cms/production-build.ts';
import { dropSeedTemplates } from '@vg/scripts/cms/seed-template.ts';
import { createTestRunCache } from '@vg/scripts/lib/test-run-cache.ts';

/**
 * Build the CMS once per test run, with the production build the Dockerfile runs
 * (`scripts/vg cms:build`); every test file then starts the compiled server. The admin bundle
 * (for the browser tests) is rebuilt only when out of date: `strapi build` recompiles the server,
 * which must not happen while a test file boots one.
 *
 * Also the run's shared folder (scripts/src/lib/test-run-cache.ts): what a run makes once and test
 * files copy — a seeded database per engine — is kept there, and removed with the PostgreSQL
 * template at teardown.
 *
 * Three projects (cms, tests, security) name this file, and vitest runs each project's global
 * setup in its one main process: the first does the work, the others share it, the last teardown
 * cleans up.
 */
interface Shared {
  ready: Promise<void>;
  users: number;
  teardown?: () => Promise<void>;
}
const KEY = Symbol.for('vg.cms-test-global-setup');
const registry = globalThis as { [KEY]?: Shared };

export default async function setup(): Promise<() => Promise<void>> {
  let shared = registry[KEY];
  if (!shared) {
    const state: Shared = { users: 0, ready: Promise.resolve() };
    state.ready = (async () => {
      await buildCmsForProduction();
      const cache = createTestRunCache();
      // Templates killed runs left in PostgreSQL (their folders are gone).
      await dropSeedTemplates();
      state.teardown = async () => {
        await dropSeedTemplates(cache.dir);
        cache.dispose();
      };
    })();
    shared = state;
    registry[KEY] = shared;
  }
  shared.users++;
  await shared.ready;
  return async () => {
    const current = registry[KEY];
    if (!current || --current.users > 0) return;
    delete registry[KEY];
    await current.teardown?.();
  };
}
