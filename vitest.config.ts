import { defineConfig } from 'vitest/config';

// One run covers every package; each keeps its own config beside its code.
export default defineConfig({
  test: {
    projects: ['shared-schema', 'scripts', 'site', 'cms', 'tests', 'tests/security'],
    // Two files at a time: most of the suite waits on real servers (Strapi, PostgreSQL, Chromium),
    // so two overlap well even on two cores.
    maxWorkers: 2,
  },
});
