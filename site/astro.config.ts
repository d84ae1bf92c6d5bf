import react from '@astrojs/react';
import { defineConfig } from 'astro/config';

// The site is static: every page is HTML at build time, JS only where an island needs it.
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  output: 'static',
  // Builds that run side by side (tests, a rebuild during a test) each get their own cache,
  // so one build never reads another's half-written content store.
  ...(process.env.VG_ASTRO_CACHE_DIR ? { cacheDir: process.env.VG_ASTRO_CACHE_DIR } : {}),
  trailingSlash: 'never',
  build: { format: 'directory' },
  integrations: [react()],
  server: { port: 4321, host: '127.0.0.1' },
  devToolbar: { enabled: false },
});
