import react from '@astrojs/react';
import { defineConfig } from 'astro/config';

// The site is static: every page is HTML at build time, JS only where an island needs it.
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  output: 'static',
  trailingSlash: 'never',
  build: { format: 'directory' },
  integrations: [react()],
  server: { port: 4321, host: '127.0.0.1' },
  devToolbar: { enabled: false },
});
