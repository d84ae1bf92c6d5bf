import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupSettings, cmsEnvironment, describeDatabase } from './settings.ts';

let cmsDir: string;
beforeEach(() => {
  cmsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vg-settings-'));
});
afterEach(() => {
  fs.rmSync(cmsDir, { recursive: true, force: true });
});

describe('backup settings, read as the CMS reads them', () => {
  it('defaults to SQLite at .tmp/data.db and the uploads in public/uploads, relative to cms/', () => {
    for (const DATABASE_FILENAME of [undefined, '', '  ']) {
      expect(backupSettings({ DATABASE_FILENAME }, cmsDir)).toEqual({
        database: { kind: 'sqlite', file: path.join(cmsDir, '.tmp', 'data.db'), busyTimeoutMs: 5000 },
        uploads: { kind: 'folder', dir: path.join(cmsDir, 'public', 'uploads') },
      });
    }
    expect(backupSettings({ DATABASE_FILENAME: '/var/lib/vg/cms.db' }, cmsDir).database).toMatchObject({ file: '/var/lib/vg/cms.db' });
  });

  it('uses PostgreSQL when DATABASE_URL is set, with its schema and SSL settings', () => {
    const url = 'postgres://vg:hemligt@db.example.se:5433/valfardsguiden';
    const { database } = backupSettings({ DATABASE_URL: url, DATABASE_SCHEMA: 'cms', DATABASE_SSL: 'true' }, cmsDir);
    expect(database).toEqual({ kind: 'postgres', url, schema: 'cms', ssl: { rejectUnauthorized: true } });
    expect(describeDatabase(database)).toBe('PostgreSQL-databasen valfardsguiden på db.example.se:5433');
    expect(backupSettings({ DATABASE_URL: '', DATABASE_FILENAME: 'x.db' }, cmsDir).database.kind).toBe('sqlite');
  });

  it("backs up the CMS's S3 bucket when S3_BUCKET is set, the folder otherwise, and names every bad value", () => {
    const s3 = { S3_BUCKET: 'vg-filer', S3_REGION: 'eu-north-1', S3_ACCESS_KEY_ID: 'AKIAEXEMPEL', S3_SECRET_ACCESS_KEY: 'nyckel' };
    expect(backupSettings({ ...s3, VG_UPLOADS_DIR: '/srv/uploads' }, cmsDir).uploads).toEqual({
      kind: 's3',
      s3: expect.objectContaining({ bucket: 'vg-filer', region: 'eu-north-1', publicUrl: 'https://vg-filer.s3.eu-north-1.amazonaws.com' }),
    });
    expect(backupSettings({ VG_UPLOADS_DIR: '/srv/uploads', S3_BUCKET: '' }, cmsDir).uploads).toEqual({
      kind: 'folder',
      dir: '/srv/uploads',
    });
    expect(() => backupSettings({ S3_BUCKET: 'vg-filer', DATABASE_URL: 'mysql://x' }, cmsDir)).toThrow(
      /DATABASE_URL: DATABASE_URL måste börja med postgres:\/\/[^\n]*\n {2}- S3_ACCESS_KEY_ID saknas[^\n]*\n {2}- S3_SECRET_ACCESS_KEY saknas/,
    );
  });

  it('reads cms/.env under the process environment, which wins (as Strapi does)', () => {
    fs.writeFileSync(path.join(cmsDir, '.env'), 'DATABASE_URL=postgres://fil@h/db\nDATABASE_FILENAME=fil.db\n');
    expect(cmsEnvironment({}, cmsDir)).toMatchObject({ DATABASE_URL: 'postgres://fil@h/db', DATABASE_FILENAME: 'fil.db' });
    expect(cmsEnvironment({ DATABASE_URL: '' }, cmsDir)).toMatchObject({ DATABASE_URL: '', DATABASE_FILENAME: 'fil.db' });
  });
});
