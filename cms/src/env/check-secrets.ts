import { checkCmsSecrets } from '@vg/shared-schema';

/**
 * Production must never start on missing, short or template secrets: a leaked
 * default would let anyone forge admin sessions. Development gets generated ones
 * from scripts/src/cms/dev-env.ts, so this only bites where it matters.
 */
export function assertProductionSecrets(env: NodeJS.ProcessEnv = process.env): void {
  if (env.NODE_ENV !== 'production') return;
  const problems = checkCmsSecrets(env);
  if (problems.length === 0) return;
  const lines = problems.map((p) => `  - ${p}`).join('\n');
  // Thrown from config so Strapi stops before opening the database or a port.
  throw new Error(`Välfärdsguidens CMS startar inte i produktionsläge:\n${lines}`);
}
