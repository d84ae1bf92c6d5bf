/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// getViteConfig lets vitest compile .astro components, so tests can render them with the Container API.
// The root is pinned to this folder so the root workspace run (`vitest --project site`) finds the site too.
const root = import.meta.dirname;

export default getViteConfig(
  {
    root,
    test: { name: 'site', include: ['src/**/*.test.ts', 'test/**/*.test.ts'], testTimeout: 180_000, hookTimeout: 180_000 },
  },
  { root },
);
