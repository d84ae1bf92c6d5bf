import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSnapshotFile, snapshotPath } from './snapshot-loader.ts';

describe('snapshot loader', () => {
  it('reads SNAPSHOT_PATH relative to the site folder, or the default', () => {
    expect(snapshotPath('/srv/site', {})).toBe('/srv/site/content/snapshot.json');
    expect(snapshotPath('/srv/site', { SNAPSHOT_PATH: 'test/fixtures/snapshot.json' })).toBe('/srv/site/test/fixtures/snapshot.json');
    expect(snapshotPath('/srv/site', { SNAPSHOT_PATH: '/tmp/x.json' })).toBe('/tmp/x.json');
  });

  it('names the missing file and says how to get one', () => {
    const missing = path.join(os.tmpdir(), 'finns-inte', 'snapshot.json');
    expect(() => readSnapshotFile(missing)).toThrow(missing);
    expect(() => readSnapshotFile(missing)).toThrow(/pnpm pull/);
    expect(() => readSnapshotFile(missing)).toThrow(/SNAPSHOT_PATH=test\/fixtures\/snapshot\.json/);
  });

  it('refuses a file that is not JSON or not a snapshot, naming the file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vg-loader-'));
    try {
      const broken = path.join(dir, 'trasig.json');
      fs.writeFileSync(broken, '{ inte json');
      expect(() => readSnapshotFile(broken)).toThrow(/trasig\.json är inte giltig JSON/);
      const other = path.join(dir, 'annan.json');
      fs.writeFileSync(other, JSON.stringify({ format: 'något-annat', version: 1 }));
      expect(() => readSnapshotFile(other)).toThrow(/annan\.json är inte en ögonblicksbild/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads the committed fixture', () => {
    const snapshot = readSnapshotFile(path.resolve(import.meta.dirname, '../../test/fixtures/snapshot.json'));
    expect(snapshot.collections.insatser.length).toBeGreaterThan(0);
  });

  it('stops the site build at a snapshot that breaks the format, naming the file and the field', () => {
    const siteDir = path.resolve(import.meta.dirname, '../..');
    // Inside the site folder: Astro then keeps this build's server chunks in its own outDir
    // instead of the shared site/.astro/.prerender that the other build tests use at the same time.
    fs.mkdirSync(path.join(siteDir, '.astro'), { recursive: true });
    const dir = fs.mkdtempSync(path.join(siteDir, '.astro', 'test-trasig-'));
    try {
      const snapshot = JSON.parse(fs.readFileSync(path.join(siteDir, 'test/fixtures/snapshot.json'), 'utf8'));
      delete snapshot.collections.insatser[0].data.namn;
      const broken = path.join(dir, 'trasig.json');
      fs.writeFileSync(broken, JSON.stringify(snapshot));
      const result = spawnSync(
        process.execPath,
        [path.join(siteDir, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', path.join(dir, 'dist')],
        {
          cwd: siteDir,
          encoding: 'utf8',
          env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SNAPSHOT_PATH: broken, VG_ASTRO_CACHE_DIR: path.join(dir, 'cache') },
        },
      );
      const output = `${result.stdout}\n${result.stderr}`;
      expect(result.status, output).not.toBe(0);
      expect(output).toContain(`${broken} följer inte formatet`);
      expect(output).toContain('collections.insatser.0.data.namn');
      expect(fs.existsSync(path.join(dir, 'dist', 'index.html'))).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
