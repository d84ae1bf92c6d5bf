import { defineConfig } from 'vitest/config';

// The hostile tests (docs/security.md). Each file starts its own CMS on its own port and database
// and builds into its own folder, so files may run side by side with the other projects.
export default defineConfig({
  test: {
    name: 'security',
    include: ['**/*.test.ts'],
    globalSetup: ['../../cms/test/support/global-setup.ts'],
    testTimeout: 300_000,
    hookTimeout: 420_000,
  },
});
