/**
 * Backup and restore of uploads in an S3 bucket, against a real S3 API (s3rver): every object
 * goes into the archive with its Content-Type and comes back into an empty bucket byte for byte;
 * a bucket that is not empty, one that cannot be reached and uploads from the other kind of
 * storage are refused before anything is written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CreateBucketCommand, GetObjectCommand, ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import { s3Env } from '@vg/shared-schema';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type S3TestServer, startS3Server } from '../cms/s3-server.ts';
import { createBackup } from './create-backup.ts';
import { restoreBackup } from './restore-backup.ts';
import type { BackupSettings } from './settings.ts';
import { type Fixture, forslagRows, freshTarget, sqliteFixture } from './test-fixture.ts';

/** Objects as Strapi's S3 provider writes them (hash + extension, at the bucket's top), one under a prefix. */
const OBJECTS: Record<string, { body: Buffer; type: string }> = {
  'vaxthuset_3f9a1c.png': { body: Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), type: 'image/png' },
  'thumbnail_vaxthuset_3f9a1c.png': { body: Buffer.from('89504e470d0a1a0a', 'hex'), type: 'image/png' },
  'dokument/broschyr_77aa01.pdf': { body: Buffer.from('%PDF-1.4 broschyr'), type: 'application/pdf' },
};

let server: S3TestServer;
let fixture: Fixture;
let buckets = 0;
beforeAll(async () => {
  server = await startS3Server({ bucket: 'vg-kalla' });
  for (const [key, { body, type }] of Object.entries(OBJECTS))
    await server.client.send(new PutObjectCommand({ Bucket: server.bucket, Key: key, Body: body, ContentType: type }));
});
afterAll(async () => {
  await server?.dispose();
});
beforeEach(() => {
  fixture = sqliteFixture();
});
afterEach(() => {
  fixture.dispose();
});

/** The settings the CMS would have with this server and bucket. */
const s3Settings = (bucket: string) => {
  const settings = s3Env({ ...server.env, S3_BUCKET: bucket });
  if (!settings) throw new Error('S3 settings expected');
  return settings;
};
const withBucket = (settings: BackupSettings, bucket: string): BackupSettings => ({
  ...settings,
  uploads: { kind: 's3', s3: s3Settings(bucket) },
});
const newBucket = async () => {
  const name = `vg-mal-${++buckets}`;
  await server.client.send(new CreateBucketCommand({ Bucket: name }));
  return name;
};
const contents = async (bucket: string) => {
  const listed = await server.client.send(new ListObjectsV2Command({ Bucket: bucket }));
  const all: Record<string, { body: Buffer; type: string }> = {};
  for (const { Key } of listed.Contents ?? []) {
    const object = await server.client.send(new GetObjectCommand({ Bucket: bucket, Key }));
    all[Key ?? ''] = { body: Buffer.from((await object.Body?.transformToByteArray()) ?? []), type: object.ContentType ?? '' };
  }
  return all;
};

describe('uploads in an S3 bucket', () => {
  it('archives every object with its Content-Type, and restores them into an empty bucket with the database', async () => {
    const backup = await createBackup(withBucket(fixture.settings, server.bucket), path.join(fixture.dir, 'out'));
    const bytes = Object.values(OBJECTS).reduce((n, o) => n + o.body.length, 0);
    expect(backup.manifest.uploads).toEqual({
      included: true,
      count: 3,
      bytes,
      storage: 's3',
      publicUrl: `${server.endpoint}/vg-kalla`,
    });
    expect(backup.manifest.files.slice(1)).toEqual(
      Object.keys(OBJECTS)
        .sort()
        .map((key) => expect.objectContaining({ path: `uploads/${key}`, contentType: OBJECTS[key]?.type })),
    );
    expect(backup.skipped).toEqual([]);
    // Only the archive and its checksum are left: each downloaded object was removed once archived.
    expect(fs.readdirSync(path.join(fixture.dir, 'out')).sort()).toEqual([path.basename(backup.archive), path.basename(backup.sidecar)]);

    const bucket = await newBucket();
    const target = withBucket(freshTarget(fixture, 'ny'), bucket);
    const result = await restoreBackup(backup.archive, target, { force: false });
    expect(result.uploads).toEqual({ written: 3, same: 0 });
    expect(await contents(bucket)).toEqual(OBJECTS);
    expect(forslagRows(freshTarget(fixture, 'ny').database.file)).toHaveLength(50);
    // Another bucket, another address: the file URLs in the database still point at the old one.
    expect(result.notes).toContainEqual(expect.stringContaining(`börjar med ${server.endpoint}/vg-kalla`));
  });

  it('refuses a bucket that is not empty before writing anything, and fills it with --force', async () => {
    const backup = await createBackup(withBucket(fixture.settings, server.bucket), path.join(fixture.dir, 'out'));
    const bucket = await newBucket();
    await server.client.send(new PutObjectCommand({ Bucket: bucket, Key: 'annan.png', Body: 'annan', ContentType: 'image/png' }));
    const target = withBucket(freshTarget(fixture, 'upptagen'), bucket);
    await expect(restoreBackup(backup.archive, target, { force: false })).rejects.toThrow(
      `S3-bucketen ${bucket} är inte tom. Återställning lägger bara filer i en tom bucket, så att inget skrivs över av misstag (ingenting har ändrats) — skapa en ny, tom bucket och sätt S3_BUCKET, eller kör med --force`,
    );
    expect(fs.existsSync(freshTarget(fixture, 'upptagen').database.file)).toBe(false);
    expect(Object.keys(await contents(bucket))).toEqual(['annan.png']);

    await restoreBackup(backup.archive, target, { force: true });
    expect(Object.keys(await contents(bucket)).sort()).toEqual([...Object.keys(OBJECTS), 'annan.png'].sort());
  });

  it('stops a backup of a bucket it cannot read, naming the bucket and the reason, and leaves no archive', async () => {
    const out = path.join(fixture.dir, 'out-saknas');
    await expect(createBackup(withBucket(fixture.settings, 'finns-inte'), out)).rejects.toThrow(
      /^S3-bucketen finns-inte gick inte att läsa \(HTTP 404 NoSuchBucket\) — kontrollera S3_BUCKET, S3_ENDPOINT, S3_REGION och nycklarna/,
    );
    expect(fs.readdirSync(out)).toEqual([]);
  });

  it('refuses to restore uploads into the other kind of storage, since their URLs point where they were', async () => {
    const fromBucket = await createBackup(withBucket(fixture.settings, server.bucket), path.join(fixture.dir, 'out-s3'));
    await expect(restoreBackup(fromBucket.archive, freshTarget(fixture, 'mapp'), { force: false })).rejects.toThrow(
      `Säkerhetskopians uppladdade filer låg i en S3-bucket, men målet är mappen ${freshTarget(fixture, 'mapp').uploads.dir} (ingenting har ändrats).`,
    );
    const fromFolder = await createBackup(fixture.settings, path.join(fixture.dir, 'out-mapp'));
    const bucket = await newBucket();
    await expect(restoreBackup(fromFolder.archive, withBucket(freshTarget(fixture, 'b'), bucket), { force: false })).rejects.toThrow(
      `Säkerhetskopians uppladdade filer låg i CMS:ets mapp, men målet är S3-bucketen ${bucket} (ingenting har ändrats).`,
    );
    expect(fs.existsSync(path.join(fixture.dir, 'mapp'))).toBe(false);
    expect(await contents(bucket)).toEqual({});
  });
});
