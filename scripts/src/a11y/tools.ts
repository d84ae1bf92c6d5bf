// The audit tools (pa11y-ci, html-validate) are installed in the tests package, next to the
// browser tests that also use them; the audit loads them from there.
import { createRequire } from 'node:module';
import path from 'node:path';
import { ROOT } from '../lib/paths.ts';
import { UserError } from '../lib/processes.ts';

const requireFromTests = createRequire(path.join(ROOT, 'tests', 'package.json'));

/** `require` of a package installed in tests/ — typed by the caller, who knows the shape it uses. */
export function loadTestsTool<T>(name: string): T {
  // Never let puppeteer fetch a browser: the audit uses Debian's Chromium.
  process.env.PUPPETEER_SKIP_DOWNLOAD = '1';
  try {
    return requireFromTests(name) as T;
  } catch (err) {
    throw new UserError(`${name} saknas i tests/ (${(err as Error).message.split('\n')[0]}) — kör pnpm install i repots rot.`);
  }
}
