import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const CADDY = '/usr/bin/caddy';

/**
 * Debian's Caddy (bookworm has 2.6), to check deploy/Caddyfile with a build's header snippet.
 * Installed with apt-get when we are root (CI's container); otherwise undefined, and the caller says
 * that the check was skipped — as the PostgreSQL tests do without a server.
 */
export function findCaddy(): string | undefined {
  if (fs.existsSync(CADDY)) return CADDY;
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return undefined;
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'caddy']]) {
    const result = spawnSync('apt-get', args, { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (result.status !== 0) return undefined;
  }
  return fs.existsSync(CADDY) ? CADDY : undefined;
}
