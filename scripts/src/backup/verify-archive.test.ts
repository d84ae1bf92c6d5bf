import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserError } from '../lib/processes.ts';
import { sha256File, sidecarPath, writeSidecar } from './checksum.ts';
import { type BackupResult, createBackup } from './create-backup.ts';
import { BACKUP_FORMAT_VERSION } from './manifest.ts';
import { TarWriter } from './tar-write.ts';
import { type Fixture, flipByte, sqliteFixture, UPLOADS } from './test-fixture.ts';
import { verifyArchive } from './verify-archive.ts';

let fixture: Fixture;
let backup: BackupResult;
const AT = new Date('2025-01-31T02:00:00.123Z');

beforeEach(async () => {
  fixture = sqliteFixture();
  backup = await createBackup(fixture.settings, path.join(fixture.dir, 'out'), AT);
});
afterEach(() => {
  fixture.dispose();
});

/** The byte offset of an entry's contents in the archive. */
const offsetOf = (entryPath: string) => verifyArchive(backup.archive).entries.get(entryPath)?.offset ?? -1;
const refusal = () => {
  try {
    verifyArchive(backup.archive);
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    return (err as Error).message;
  }
  throw new Error('the archive was accepted');
};

describe('a backup archive', () => {
  it('is one dated tar with a sha256sum sidecar, nothing else left behind, readable only by its owner', () => {
    expect(path.basename(backup.archive)).toBe('valfardsguiden-backup-2025-01-31T02-00-00Z.tar');
    expect(fs.readdirSync(path.dirname(backup.archive)).sort()).toEqual([
      'valfardsguiden-backup-2025-01-31T02-00-00Z.tar',
      'valfardsguiden-backup-2025-01-31T02-00-00Z.tar.sha256',
    ]);
    expect(fs.statSync(backup.archive).mode & 0o777).toBe(0o600);
    expect(backup.sha256).toBe(sha256File(backup.archive));
    execFileSync('sha256sum', ['-c', '--quiet', path.basename(backup.sidecar)], { cwd: path.dirname(backup.archive) });
    const listed = execFileSync('tar', ['-tf', backup.archive], { encoding: 'utf8' }).trim().split('\n');
    expect(listed).toEqual(['database/sqlite.db', ...Object.keys(UPLOADS).map((n) => `uploads/${n}`), 'manifest.json']);
  });

  it('has a manifest listing every file with its size and SHA-256', () => {
    const { manifest } = verifyArchive(backup.archive);
    expect(manifest).toMatchObject({
      formatVersion: BACKUP_FORMAT_VERSION,
      createdAt: AT.toISOString(),
      database: { kind: 'sqlite', path: 'database/sqlite.db' },
      uploads: { included: true, count: 2, bytes: Object.values(UPLOADS).reduce((n, b) => n + b.length, 0) },
    });
    expect(manifest.files.map((f) => f.path)).toEqual(listedPaths());
    expect(manifest.files.every((f) => /^[0-9a-f]{64}$/.test(f.sha256))).toBe(true);
  });

  it('is refused when one byte is flipped, naming the file and the expected and actual checksums', () => {
    const expected = backup.manifest.files.find((f) => f.path === 'uploads/bild_1a2b3c.png')?.sha256;
    flipByte(backup.archive, offsetOf('uploads/bild_1a2b3c.png') + 2);
    const message = refusal();
    expect(message).toMatch(`Arkivet ${backup.archive} är skadat och återställs inte (ingenting har ändrats):`);
    expect(message).toMatch(
      new RegExp(`hela arkivet: SHA-256 är [0-9a-f]{64}, men ${path.basename(backup.archive)}.sha256 säger ${backup.sha256}`),
    );
    expect(message).toMatch(new RegExp(`uploads/bild_1a2b3c.png: SHA-256 är [0-9a-f]{64}, manifestet säger ${expected}`));
  });

  it('is refused when truncated, saying so', () => {
    fs.truncateSync(backup.archive, Math.floor(fs.statSync(backup.archive).size / 2));
    const message = refusal();
    expect(message).toMatch('hela arkivet: SHA-256 är');
    expect(message).toMatch(/det är avkortat/);
  });

  it('is refused without its sidecar, and with a damaged file even when the sidecar was made anew', () => {
    flipByte(backup.archive, offsetOf('database/sqlite.db') + 5000);
    writeSidecar(backup.archive, sha256File(backup.archive));
    expect(refusal()).toMatch(/database\/sqlite\.db: SHA-256 är [0-9a-f]{64}, manifestet säger [0-9a-f]{64}$/);
    fs.rmSync(sidecarPath(backup.archive));
    expect(refusal()).toBe(
      `Kontrollsummefilen ${backup.archive}.sha256 saknas, så arkivet kan inte kontrolleras — kopiera den tillsammans med arkivet (den skrivs bredvid varje säkerhetskopia).`,
    );
  });

  it('of an unknown format version is refused as unreadable, not as damaged', () => {
    const archive = path.join(fixture.dir, 'future.tar');
    const fd = fs.openSync(archive, 'w');
    const tar = new TarWriter(fd, AT);
    tar.addBuffer('manifest.json', Buffer.from(JSON.stringify({ format: 'valfardsguiden-backup', formatVersion: 2 })));
    writeSidecar(archive, tar.finish().sha256);
    fs.closeSync(fd);
    expect(() => verifyArchive(archive)).toThrow(
      `Arkivet ${archive} kan inte återställas (ingenting har ändrats):\n  - arkivet har formatversion 2`,
    );
  });
});

function listedPaths(): string[] {
  return ['database/sqlite.db', ...Object.keys(UPLOADS).map((n) => `uploads/${n}`)];
}
