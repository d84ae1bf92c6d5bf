import { defineConfig } from 'vitest/config';

// One run covers every package; each keeps its own config beside its code.
export default defineConfig({
  test: {
    projects: ['shared-schema', 'scripts', 'site', 'cms', 'tests'],
  },
});
