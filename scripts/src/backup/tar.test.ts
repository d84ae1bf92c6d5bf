import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BLOCK, paxRecord } from './tar-header.ts';
import { extractEntry, hashEntry, indexTar } from './tar-read.ts';
import { TarWriter } from './tar-write.ts';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vg-tar-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const sha = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');
const LONG = `uploads/${'en-mycket-lang-mapp/'.repeat(8)}bild_åäö.png`;

/** Writes an archive of the given files (path → contents) and returns its path and the writer's summary. */
function writeTar(files: Record<string, Buffer>) {
  const archive = path.join(dir, 'a.tar');
  const fd = fs.openSync(archive, 'w');
  const records = [];
  const writer = new TarWriter(fd, new Date('2025-01-31T02:00:00Z'));
  for (const [name, data] of Object.entries(files)) {
    const source = path.join(dir, `src-${records.length}`);
    fs.writeFileSync(source, data);
    records.push(writer.addFile(name, source, data.length));
  }
  const summary = writer.finish();
  fs.closeSync(fd);
  return { archive, records, summary };
}

const index = (archive: string) => {
  const fd = fs.openSync(archive, 'r');
  try {
    return { ...indexTar(fd, fs.fstatSync(fd).size), fd };
  } finally {
    fs.closeSync(fd);
  }
};

describe('the tar writer and reader', () => {
  const files = {
    'database/sqlite.db': Buffer.alloc(3000, 7),
    'uploads/empty.txt': Buffer.alloc(0),
    [LONG]: Buffer.from('bild'),
  };

  it('writes files that its reader and GNU tar read back byte for byte, long and non-ASCII names too', () => {
    const { archive, records, summary } = writeTar(files);
    expect(summary).toEqual({ size: fs.statSync(archive).size, sha256: sha(fs.readFileSync(archive)) });
    expect(records.map((r) => [r.path, r.size, r.sha256])).toEqual(Object.entries(files).map(([p, d]) => [p, d.length, sha(d)]));

    const fd = fs.openSync(archive, 'r');
    const { entries, problem } = indexTar(fd, fs.fstatSync(fd).size);
    expect(problem).toBeUndefined();
    expect(entries.map((e) => e.path)).toEqual(Object.keys(files));
    for (const entry of entries) expect(hashEntry(fd, entry)).toBe(sha(files[entry.path] as Buffer));
    const out = path.join(dir, 'out');
    expect(extractEntry(fd, entries[0] as (typeof entries)[0], out, 0o600)).toBe(sha(files['database/sqlite.db']));
    fs.closeSync(fd);

    const listed = execFileSync('tar', ['-tf', archive], { encoding: 'utf8' }).trim().split('\n');
    expect(listed).toEqual(Object.keys(files));
    execFileSync('tar', ['-xf', archive, '-C', dir]);
    expect(fs.readFileSync(path.join(dir, LONG), 'utf8')).toBe('bild');
  });

  it('counts its own digits in a pax record length', () => {
    for (const value of ['x', 'x'.repeat(90), 'x'.repeat(994), 'å'.repeat(300)]) {
      const record = paxRecord('path', value);
      expect(Number(record.split(' ')[0])).toBe(Buffer.byteLength(record));
    }
  });

  it('reports a damaged header, naming where it is', () => {
    const { archive } = writeTar(files);
    const bytes = fs.readFileSync(archive);
    bytes[BLOCK * 7 + 10] = (bytes[BLOCK * 7 + 10] ?? 0) ^ 0xff; // the header after the 3000-byte file
    fs.writeFileSync(archive, bytes);
    const { entries, problem } = index(archive);
    expect(entries.map((e) => e.path)).toEqual(['database/sqlite.db']);
    expect(problem).toMatch(/^posthuvudet är skadat \(kontrollsumma \d+, beräknad \d+\) \(posthuvudet vid byte 3584\)$/);
  });

  it('reports a truncated archive: inside a file, inside a header, and without its end blocks', () => {
    const { archive } = writeTar(files);
    const whole = fs.readFileSync(archive);
    fs.writeFileSync(archive, whole.subarray(0, 2000));
    expect(index(archive).problem).toBe(
      'posten "database/sqlite.db" ska vara 3000 byte, men arkivet tar slut efter 1488 byte av den — det är avkortat',
    );
    fs.writeFileSync(archive, whole.subarray(0, 3584 + 100));
    expect(index(archive).problem).toBe('arkivet tar slut mitt i ett posthuvud (vid byte 3584 av 3684) — det är avkortat');
    fs.writeFileSync(archive, whole.subarray(0, whole.length - 2 * BLOCK));
    expect(index(archive).problem).toMatch(/utan tarformatets avslut \(två tomma block\) — det är avkortat$/);
  });
});
