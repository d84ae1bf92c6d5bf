import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from './write-atomic.ts';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vg-write-atomic-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const GOOD = `${JSON.stringify({ format: 'valfardsguiden-snapshot', version: 1, collections: { insatser: ['jonsbo'] } })}\n`;

describe('writeFileAtomic', () => {
  it('writes the file, creating missing folders, and leaves nothing else behind', () => {
    const target = path.join(dir, 'content', 'snapshot.json');

    writeFileAtomic(target, GOOD);

    expect(fs.readFileSync(target, 'utf8')).toBe(GOOD);
    expect(fs.readdirSync(path.dirname(target))).toEqual(['snapshot.json']);
  });

  it('replaces a previous version completely (also with shorter contents)', () => {
    const target = path.join(dir, 'snapshot.json');
    writeFileAtomic(target, GOOD);

    writeFileAtomic(target, '{"kort":1}\n');

    expect(fs.readFileSync(target, 'utf8')).toBe('{"kort":1}\n');
    expect(fs.readdirSync(dir)).toEqual(['snapshot.json']);
  });

  it('keeps text in UTF-8 exactly (å, ä, ö, emoji)', () => {
    const target = path.join(dir, 'snapshot.json');
    const text = '{"namn":"Gröna rummet – Åtvidaberg 🌱"}\n';

    writeFileAtomic(target, text);

    expect(fs.readFileSync(target)).toEqual(Buffer.from(text, 'utf8'));
  });

  it('leaves the previous file byte-identical and no temporary file when the disk fills up mid-write', () => {
    // A real write failure: the child process may write at most 1 KiB per file (ulimit -f 1), so
    // writing a 256 KiB snapshot fails with EFBIG halfway, like a full disk.
    const target = path.join(dir, 'snapshot.json');
    fs.writeFileSync(target, GOOD);
    const before = fs.readFileSync(target);
    const moduleUrl = new URL('./write-atomic.ts', import.meta.url).href;
    const script = `
      import { writeFileAtomic } from ${JSON.stringify(moduleUrl)};
      try {
        writeFileAtomic(${JSON.stringify(target)}, 'x'.repeat(256 * 1024));
        console.log('written');
      } catch (err) {
        console.log('failed:' + err.code);
      }`;

    const child = spawnSync('bash', ['-c', 'ulimit -f 1 && exec "$0" --input-type=module -e "$1"', process.execPath, script], {
      encoding: 'utf8',
    });

    expect(child.stderr).not.toMatch(/Error/);
    expect(child.stdout.trim()).toBe('failed:EFBIG');
    expect(fs.readFileSync(target)).toEqual(before);
    expect(fs.readdirSync(dir)).toEqual(['snapshot.json']);
  });

  it('throws and leaves no temporary file when the rename fails (a folder is in the way)', () => {
    const target = path.join(dir, 'snapshot.json');
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, 'keep.txt'), 'keep');

    expect(() => writeFileAtomic(target, GOOD)).toThrow(/EISDIR|ENOTEMPTY|EEXIST|EPERM/);

    expect(fs.readdirSync(dir)).toEqual(['snapshot.json']);
    expect(fs.readFileSync(path.join(target, 'keep.txt'), 'utf8')).toBe('keep');
  });

  it('throws when the folder cannot be created, and touches nothing', () => {
    const blocker = path.join(dir, 'not-a-folder');
    fs.writeFileSync(blocker, 'a file');

    expect(() => writeFileAtomic(path.join(blocker, 'snapshot.json'), GOOD)).toThrow(/EEXIST|ENOTDIR/);

    expect(fs.readFileSync(blocker, 'utf8')).toBe('a file');
    expect(fs.readdirSync(dir)).toEqual(['not-a-folder']);
  });
});
