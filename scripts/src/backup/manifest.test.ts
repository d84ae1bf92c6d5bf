import { describe, expect, it } from 'vitest';
import { appVersions, BACKUP_FORMAT_VERSION, isSafeUploadPath, type Manifest, parseManifest, UnsupportedFormatError } from './manifest.ts';

const HASH = 'a'.repeat(64);
const valid: Manifest = {
  format: 'valfardsguiden-backup',
  formatVersion: BACKUP_FORMAT_VERSION,
  createdAt: '2025-01-31T02:00:00.000Z',
  database: { kind: 'postgres', path: 'database/postgres.dump' },
  app: { version: '0.1.0', strapi: '5.54.0' },
  uploads: { included: true, count: 1, bytes: 10 },
  files: [
    { path: 'database/postgres.dump', size: 100, sha256: HASH },
    { path: 'uploads/bild_1a2b.png', size: 10, sha256: HASH },
  ],
};
const text = (m: unknown) => JSON.stringify(m);

describe('the backup manifest', () => {
  it('accepts what a backup writes, uploads left out too', () => {
    expect(parseManifest(text(valid))).toEqual(valid);
    const s3 = { ...valid, uploads: { included: false, note: 'I bucketen.' }, files: valid.files.slice(0, 1) };
    expect(parseManifest(text(s3)).uploads).toEqual({ included: false, note: 'I bucketen.' });
  });

  it('refuses another format version with what to do, as its own kind of error', () => {
    const future = text({ ...valid, formatVersion: 2, somethingNew: true });
    expect(() => parseManifest(future)).toThrow(UnsupportedFormatError);
    expect(() => parseManifest(future)).toThrow(
      'arkivet har formatversion 2, men den här versionen av scripts/vg restore läser bara version 1 — återställ med den version av Välfärdsguiden som gjorde säkerhetskopian',
    );
  });

  it('refuses what is not one of our manifests', () => {
    expect(() => parseManifest('{')).toThrow('manifest.json är inte giltig JSON');
    expect(() => parseManifest(text({ ...valid, format: 'annat' }))).toThrow('beskriver inte en säkerhetskopia av Välfärdsguiden');
    expect(() => parseManifest(text({ ...valid, createdAt: 'igår' }))).toThrow('createdAt');
    expect(() => parseManifest(text({ ...valid, files: [{ ...valid.files[0], sha256: 'abc' }] }))).toThrow(
      'files.0.sha256: ska vara 64 hexadecimala tecken',
    );
  });

  it('refuses paths outside the uploads folder, twice-listed files and a database that is not listed', () => {
    const withFile = (p: string) => text({ ...valid, files: [...valid.files, { path: p, size: 1, sha256: HASH }] });
    expect(() => parseManifest(withFile('uploads/../../etc/passwd'))).toThrow(
      '"uploads/../../etc/passwd" är varken databasen eller en fil under uploads/',
    );
    expect(() => parseManifest(withFile('/etc/passwd'))).toThrow('är varken databasen');
    expect(() => parseManifest(withFile('uploads/bild_1a2b.png'))).toThrow('"uploads/bild_1a2b.png" finns två gånger');
    expect(() => parseManifest(text({ ...valid, database: { kind: 'sqlite', path: 'database/postgres.dump' } }))).toThrow(
      'databasfilen ska vara database/sqlite.db och listas i files',
    );
  });

  it('knows a safe upload path', () => {
    expect(isSafeUploadPath('uploads/a.png')).toBe(true);
    expect(isSafeUploadPath('uploads/mapp/a.png')).toBe(true);
    for (const bad of ['uploads/', 'uploads/../a', 'uploads/./a', 'uploads//a', 'uploads/a/..', 'a.png', 'uploads/a\0.png'])
      expect(isSafeUploadPath(bad), bad).toBe(false);
  });

  it('records the app and Strapi versions from cms/package.json', () => {
    expect(appVersions()).toEqual({ version: expect.any(String), strapi: expect.stringMatching(/^\d+\.\d+\.\d+$/) });
  });
});
