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
});
