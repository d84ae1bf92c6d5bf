/**
 * Backup and restore end to end, on SQLite and PostgreSQL: a seeded CMS gets a submission key,
 * a förslag, a feedback and an upload; `scripts/vg backup` archives it while it runs; a damaged
 * copy of the archive is refused without touching the empty target; `scripts/vg restore` fills a
 * fresh database; a new CMS on it serves every entry, förslag, key and the uploaded file as before.
 * With the uploads in an S3 bucket (s3rver, SQLite only): the archive holds the bucket's objects,
 * and after the bucket is emptied the restore puts them back where the file URLs point.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { databaseContents } from '@vg/scripts/backup/database.ts';
import { backupSettings } from '@vg/scripts/backup/settings.ts';
import { AdminApi } from '@vg/scripts/cms/admin-api.ts';
import { type S3TestServer, startS3Server } from '@vg/scripts/cms/s3-server.ts';
import { type SeededCms, startSeededCms } from '@vg/scripts/cms/seeded-cms.ts';
import { startTempStrapi, type TempStrapi } from '@vg/scripts/cms/temp-strapi.ts';
import { createPostgresDatabase, type TestDatabase, testDatabases } from '@vg/scripts/cms/test-databases.ts';
import { CMS_DIR, ROOT } from '@vg/scripts/lib/paths.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const FORSLAG = '/content-manager/collection-types/api::forslag.forslag';
const NYCKEL = '/content-manager/collection-types/api::inlamningsnyckel.inlamningsnyckel';
/** A 1×1 PNG: the smallest file the media library accepts. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const forslag = (nyckel: string) => ({
  nyckel,
  typ: 'ny-insats',
  uppgifter: { namn: 'Cykelverkstaden', sammanfattning: 'Du lagar cyklar i lugn takt.', beskrivning: 'Text.', stodform: 'praktik' },
  avsandare: { roll: 'Samordnare', epost: 'samordnare@example.se' },
});
const feedback = { typ: 'hittade-du', sida: '/vagval/jonsbo', svar: 'nej', kommentar: 'Adressen saknas.' };

/** Types the test writes to (besides the seed's insatser): each must have entries to compare. */
const WRITTEN_TYPES = [
  'api::insats.insats',
  'api::forslag.forslag',
  'api::aterkoppling.aterkoppling',
  'api::inlamningsnyckel.inlamningsnyckel',
];

/** The variables that point the CMS, and so the backup, at a test CMS's database. */
const databaseEnv = (cms: TempStrapi): Record<string, string> =>
  cms.databaseUrl ? { DATABASE_URL: cms.databaseUrl } : { DATABASE_FILENAME: cms.databaseFile ?? '' };

/** Runs `scripts/vg backup|restore` (its CLI, as pnpm runs it) against the given database. */
function vg(command: 'backup' | 'restore', args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; out: string }>((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'src', 'cli', `${command}.ts`), ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: '', DATABASE_FILENAME: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c));
    child.stderr.on('data', (c: Buffer) => (out += c));
    child.on('exit', (code) => resolve({ code, out }));
  });
}

/** Every api:: content type's entries as the content manager lists them, and the media library. */
async function everything(admin: AdminApi): Promise<Record<string, unknown>> {
  const types = await admin.get<{ data: { uid: string; kind: string }[] }>('/content-manager/content-types');
  const all: Record<string, unknown> = {};
  for (const { uid, kind } of types.data.filter((t) => t.uid.startsWith('api::'))) {
    if (kind === 'singleType') {
      all[uid] = await admin.request('GET', `/content-manager/single-types/${uid}`);
      continue;
    }
    const entries: unknown[] = [];
    for (let page = 1; ; page++) {
      const res = await admin.get<{ results: unknown[]; pagination: { pageCount: number } }>(
        `/content-manager/collection-types/${uid}?page=${page}&pageSize=100&sort=id:asc`,
      );
      entries.push(...res.results);
      if (page >= res.pagination.pageCount) break;
    }
    all[uid] = entries;
  }
  all.uploads = await admin.get('/upload/files?page=1&pageSize=100&sort=id:asc');
  return all;
}

describe.each(await testDatabases())('backup and restore on %s', (database) => {
  let work: string;
  let source: SeededCms;
  let before: Record<string, unknown>;
  let nyckel: string;
  let kvitto: string;
  let uploadUrl: string;
  /** The upload as the source CMS served it (the media library rewrites images, so not PNG's bytes as sent). */
  let uploadBytes: Buffer;
  let archive: string;
  let targetDb: TestDatabase | undefined;
  let target: Record<string, string>;
  let restored: TempStrapi | undefined;
  const uploadedFile = () => path.join(CMS_DIR, 'public', uploadUrl);
  const post = (route: string, body: unknown) =>
    fetch(`${source.cms.url}/api/intake/${route}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'vg-backup-e2e-'));
    source = await startSeededCms({ database });
    const issued = await source.admin.request('POST', '/intake/inlamningsnycklar', { organisation: 'linkopings-kommun' });
    expect(issued.status, JSON.stringify(issued.body)).toBe(201);
    nyckel = (issued.body as { data: { nyckel: string } }).data.nyckel;
    const sent = await post('forslag', forslag(nyckel));
    expect(sent.status).toBe(201);
    kvitto = ((await sent.json()) as { kvitto: string }).kvitto;
    expect((await post('aterkoppling', feedback)).status).toBe(201);
    const form = new FormData();
    form.append('files', new Blob([PNG], { type: 'image/png' }), 'sakerhetskopia.png');
    const upload = await source.admin.requestForm('POST', '/upload', form);
    expect(upload.status, JSON.stringify(upload.body)).toBe(201);
    uploadUrl = (upload.body as { url: string }[])[0]?.url ?? '';
  });
  afterAll(async () => {
    await restored?.dispose();
    await source?.cms.dispose();
    await targetDb?.drop();
    if (uploadUrl) fs.rmSync(uploadedFile(), { force: true });
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('backs up the running CMS into one dated archive with a checksum', async () => {
    before = await everything(source.admin);
    for (const uid of WRITTEN_TYPES) expect((before[uid] as unknown[]).length, uid).toBeGreaterThan(0);
    uploadBytes = Buffer.from(await (await fetch(`${source.cms.url}${uploadUrl}`)).arrayBuffer());
    expect(uploadBytes.subarray(1, 4).toString()).toBe('PNG');
    const result = await vg('backup', ['--out', work], databaseEnv(source.cms));
    expect(result.code, result.out).toBe(0);
    archive = path.join(work, fs.readdirSync(work).find((f) => f.endsWith('.tar')) ?? '');
    expect(path.basename(archive)).toMatch(/^valfardsguiden-backup-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.tar$/);
    expect(result.out).toContain(`Säkerhetskopian är skriven: ${archive} (`);
    expect(fs.existsSync(`${archive}.sha256`)).toBe(true);
    // The source CMS is done: stop it (two cores), and take the upload away so only the restore can bring it back.
    await source.cms.dispose();
    fs.rmSync(uploadedFile());
  });

  it('refuses a damaged archive and leaves the empty target untouched', async () => {
    if (database === 'postgres') {
      targetDb = await createPostgresDatabase();
      target = { DATABASE_URL: targetDb.env.DATABASE_URL ?? '' };
    } else target = { DATABASE_FILENAME: path.join(work, 'restored', 'data.db') };
    const damaged = path.join(work, 'skadad.tar');
    const bytes = fs.readFileSync(archive);
    bytes[Math.floor(bytes.length / 2)] = (bytes[Math.floor(bytes.length / 2)] ?? 0) ^ 0x01;
    fs.writeFileSync(damaged, bytes);
    fs.copyFileSync(`${archive}.sha256`, `${damaged}.sha256`);

    const result = await vg('restore', [damaged], target);
    expect(result.code).toBe(1);
    expect(result.out).toContain(`✖ Arkivet ${damaged} är skadat och återställs inte (ingenting har ändrats):`);
    expect(result.out).toMatch(/hela arkivet: SHA-256 är [0-9a-f]{64}, men skadad\.tar\.sha256 säger [0-9a-f]{64}/);
    expect(await databaseContents(backupSettings(target).database)).toBeUndefined();
    expect(fs.existsSync(uploadedFile())).toBe(false);
  });

  it('restores into a fresh database: every entry, förslag, key and upload comes back', async () => {
    const result = await vg('restore', [archive], target);
    expect(result.code, result.out).toBe(0);
    expect(result.out).toContain('✔ Arkivet är helt');
    const again = await vg('restore', [archive], target);
    expect(again.code).toBe(1);
    expect(again.out).toMatch(/är inte tom: den har \d+ tabeller .*kör med --force/);

    restored = await startTempStrapi({
      existing: target.DATABASE_URL ? { databaseUrl: target.DATABASE_URL } : { databaseFile: target.DATABASE_FILENAME ?? '' },
    });
    const admin = await AdminApi.login(restored.url, AdminApi.FIRST_ADMIN.email, AdminApi.FIRST_ADMIN.password);
    expect(await everything(admin)).toEqual(before);

    // Beyond equal lists: the förslag and the key still belong to their organisation.
    const ofOrganisation = '?pageSize=100&filters[organisation][slug][$eq]=linkopings-kommun';
    const forslagen = await admin.get<{ results: { kvitto: string; uppgifter: unknown }[] }>(`${FORSLAG}${ofOrganisation}`);
    expect(forslagen.results).toEqual([expect.objectContaining({ kvitto, uppgifter: forslag(nyckel).uppgifter })]);
    const keys = await admin.get<{ results: { prefix: string; aktiv: boolean }[] }>(`${NYCKEL}${ofOrganisation}`);
    expect(keys.results).toEqual([expect.objectContaining({ prefix: nyckel.slice(0, 10), aktiv: true })]);
    // The key itself still works: only its hash was stored, and the hash came back.
    const res = await fetch(`${restored.url}/api/intake/forslag`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...forslag(nyckel), meddelande: 'Efter återställningen.' }),
    });
    expect(res.status).toBe(201);
    const served = await fetch(`${restored.url}${uploadUrl}`);
    expect(served.status).toBe(200);
    expect(Buffer.from(await served.arrayBuffer())).toEqual(uploadBytes);
  });
});

describe('backup and restore with the uploads in an S3 bucket (s3rver), on SQLite', () => {
  let work: string;
  let s3: S3TestServer;
  let source: TempStrapi | undefined;
  let restored: TempStrapi | undefined;
  let file: { id: number; url: string };

  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'vg-backup-s3-'));
    s3 = await startS3Server();
    source = await startTempStrapi({ env: s3.env });
    const admin = await AdminApi.registerFirstAdmin(source.url);
    const form = new FormData();
    form.append('files', new Blob([PNG], { type: 'image/png' }), 'i-bucketen.png');
    const upload = await admin.requestForm('POST', '/upload', form);
    expect(upload.status, JSON.stringify(upload.body)).toBe(201);
    file = (upload.body as { id: number; url: string }[])[0] ?? { id: 0, url: '' };
  });
  afterAll(async () => {
    await restored?.dispose();
    await source?.dispose();
    await s3?.dispose();
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('archives the bucket with the database; after the bucket is lost, restore fills it and the file is served again', async () => {
    expect(file.url.startsWith(`${s3.endpoint}/${s3.bucket}/`), file.url).toBe(true);
    const bytes = Buffer.from(await (await fetch(file.url)).arrayBuffer());
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    const databaseFile = source?.databaseFile ?? '';
    const backup = await vg('backup', ['--out', work], { DATABASE_FILENAME: databaseFile, ...s3.env });
    expect(backup.code, backup.out).toBe(0);
    expect(backup.out).toContain(`uppladdade filer: 1 st`);
    expect(backup.out).toContain(`från S3-bucketen ${s3.bucket}`);
    const archive = path.join(work, fs.readdirSync(work).find((f) => f.endsWith('.tar')) ?? '');

    // The CMS and every object are gone; only the archive is left.
    await source?.dispose();
    source = undefined;
    await s3.clear();
    expect(await s3.keys()).toEqual([]);
    expect((await fetch(file.url)).status).toBe(404);

    const target = path.join(work, 'restored', 'data.db');
    const restore = await vg('restore', [archive], { DATABASE_FILENAME: target, ...s3.env });
    expect(restore.code, restore.out).toBe(0);
    expect(restore.out).toContain(`✔ Uppladdade filer i S3-bucketen ${s3.bucket}: 1 återställda, 0 fanns redan.`);
    expect(await s3.keys()).toEqual([file.url.slice(`${s3.endpoint}/${s3.bucket}/`.length)]);

    restored = await startTempStrapi({ existing: { databaseFile: target }, env: s3.env });
    const admin = await AdminApi.login(restored.url, AdminApi.FIRST_ADMIN.email, AdminApi.FIRST_ADMIN.password);
    expect((await admin.get<{ url: string }>(`/upload/files/${file.id}`)).url).toBe(file.url);
    const served = await fetch(file.url);
    expect(served.status).toBe(200);
    expect(Buffer.from(await served.arrayBuffer())).toEqual(bytes);
  });
});
