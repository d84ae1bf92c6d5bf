import { checkCmsProductionEnv } from '@vg/shared-schema';

/**
 * Production must never start on what is unsafe: missing, weak or shared secrets (a leaked
 * default would let anyone forge admin sessions), SQLite without VG_ALLOW_SQLITE_IN_PRODUCTION
 * (one file cannot serve several instances, and a lost disk loses everything), or http://
 * addresses to other machines (sessions and form data in clear text). Development and tests
 * get generated secrets from scripts/src/cms/dev-env.ts and run outside production mode, so
 * this only bites where it matters.
 */
export function assertSafeProduction(env: NodeJS.ProcessEnv = process.env): void {
  if (env.NODE_ENV !== 'production') return;
  const problems = checkCmsProductionEnv(env);
  if (problems.length === 0) return;
  const lines = problems.map((p) => `  - ${p}`).join('\n');
  // Thrown from config so Strapi stops before opening the database or a port.
  throw new Error(`Välfärdsguidens CMS startar inte i produktionsläge:\n${lines}`);
}
