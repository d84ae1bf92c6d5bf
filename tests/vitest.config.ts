import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'tests',
    include: ['**/*.test.ts'],
    // The hostile tests are their own project (security/vitest.config.ts): they may run side by side.
    exclude: ['node_modules/**', 'security/**'],
    // End-to-end files start a real CMS; the CMS is compiled once per run.
    globalSetup: ['../cms/test/support/global-setup.ts'],
    // Each file has its own CMS, database, port and build folder, so files may run side by side
    // (two at a time, with the other projects': the root config's maxWorkers and sequencer).
    testTimeout: 300_000,
    hookTimeout: 420_000,
  },
});
