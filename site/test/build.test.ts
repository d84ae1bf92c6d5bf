import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const siteDir = path.resolve(import.meta.dirname, '..');
const astroBin = path.join(siteDir, 'node_modules', 'astro', 'bin', 'astro.mjs');

describe('static build', () => {
  let outDir: string;
  beforeAll(() => {
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vg-site-'));
    const result = spawnSync(process.execPath, [astroBin, 'build', '--outDir', outDir], {
      cwd: siteDir,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
  });
  afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

  it('emits a Swedish home page with one h1 and a skip link to main', () => {
    const html = fs.readFileSync(path.join(outDir, 'index.html'), 'utf8');
    expect(html).toMatch(/<html lang="sv"/);
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(html).toMatch(/href="#main"/);
    expect(html).toMatch(/<main id="main"/);
  });
});
