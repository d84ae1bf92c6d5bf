import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'cms',
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    // Each file starts its own Strapi on its own port and database, so files may overlap.
    testTimeout: 120_000,
    // A seeded CMS starts in ~15 s alone; allow for a loaded machine.
    hookTimeout: 360_000,
  },
});
