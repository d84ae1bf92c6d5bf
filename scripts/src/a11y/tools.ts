// The audit tools (pa11y-ci, html-validate) are this package's own dependencies, loaded only when
// an audit runs: importing an a11y module (checkPage, say) should not load puppeteer with pa11y-ci.
import { createRequire } from 'node:module';
import { UserError } from '../lib/processes.ts';

const requireTool = createRequire(import.meta.url);

/** `require` of an audit tool — typed by the caller, who knows the shape it uses. */
export function loadAuditTool<T>(name: string): T {
  // Never let puppeteer fetch a browser: the audit uses Debian's Chromium.
  process.env.PUPPETEER_SKIP_DOWNLOAD = '1';
  try {
    return requireTool(name) as T;
  } catch (err) {
    throw new UserError(`${name} saknas (${(err as Error).message.split('\n')[0]}) — kör pnpm install i repots rot.`);
  }
}
