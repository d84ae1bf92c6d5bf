/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// getViteConfig lets vitest compile .astro components, so tests can render them with the Container API.
// The root is pinned to this folder so the root workspace run (`vitest --project site`) finds the site too.
const root = import.meta.dirname;

export default getViteConfig(
  {
    root,
    test: {
      name: 'site',
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      testTimeout: 180_000,
      hookTimeout: 180_000,
      // The tests build from the fixture snapshot; what reads "this build's snapshot" beside the
      // build (the search index's glossary aliases, buildSearchIndex) then finds the same file.
      env: { SNAPSHOT_PATH: 'test/fixtures/snapshot.json' },
    },
  },
  { root },
);
