import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { UserError } from './processes.ts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that let Debian's Chromium run headless here without reaching for the network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Browser tests use Debian's Chromium, never a downloaded one. Installs it when
 * we are root (CI, fresh machines); otherwise says exactly what to run.
 */
export function ensureChromium(): string {
  if (fs.existsSync(CHROMIUM_PATH)) return CHROMIUM_PATH;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || process.env.CHROMIUM_PATH) {
    throw new UserError(`Chromium saknas (${CHROMIUM_PATH}). Installera det: sudo apt-get install -y chromium (eller sätt CHROMIUM_PATH).`);
  }
  console.log('Installerar Debians chromium för webbläsartesterna (en gång, ungefär en minut)…');
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'chromium']]) {
    const result = spawnSync('apt-get', args, {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (result.status !== 0)
      throw new UserError(`apt-get ${args.join(' ')} misslyckades — installera chromium för hand: apt-get install -y chromium`);
  }
  if (!fs.existsSync(CHROMIUM_PATH)) throw new UserError(`chromium installerades men ${CHROMIUM_PATH} finns inte — sätt CHROMIUM_PATH.`);
  return CHROMIUM_PATH;
}
