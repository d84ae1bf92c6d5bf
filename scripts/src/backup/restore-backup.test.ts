import fs from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPostgresDatabase, postgresAvailable, type TestDatabase } from '../cms/test-databases.ts';
import { type BackupResult, createBackup } from './create-backup.ts';
import { restoreBackup } from './restore-backup.ts';
import { type Fixture, flipByte, forslagRows, freshTarget, sqliteFixture, UPLOADS } from './test-fixture.ts';

let fixture: Fixture;
let backup: BackupResult;

beforeEach(async () => {
  fixture = sqliteFixture();
  // Written after the last checkpoint: only in the WAL, as in a running CMS.
  fixture.cms.prepare('INSERT INTO forslag VALUES (?, ?)').run('VG-WAL', '{"namn":"Bara i WAL-filen"}');
  backup = await createBackup(fixture.settings, path.join(fixture.dir, 'out'));
});
afterEach(() => {
  fixture.dispose();
});

const uploadsIn = (dir: string) =>
  Object.fromEntries(
    Object.keys(UPLOADS).map((name) => [name, fs.existsSync(path.join(dir, name)) ? fs.readFileSync(path.join(dir, name)) : null]),
  );

describe('restoring a backup', () => {
  it('brings back every row (those only in the WAL too) and every upload, into an empty database and folder', async () => {
    const target = freshTarget(fixture, 'ny');
    const result = await restoreBackup(backup.archive, target, { force: false });
    expect(forslagRows(target.database.file)).toEqual(forslagRows(fixture.settings.database.file));
    expect(forslagRows(target.database.file)).toContainEqual({ kvitto: 'VG-WAL', uppgifter: '{"namn":"Bara i WAL-filen"}' });
    expect(uploadsIn(target.uploads.dir)).toEqual(UPLOADS);
    expect(result.uploads).toEqual({ written: 2, same: 0 });
    expect(fs.readdirSync(path.dirname(target.database.file)).sort()).toEqual(['data.db', 'uploads']);
  });

  it('refuses a database that is not empty and leaves it as it was; --force replaces it', async () => {
    const target = freshTarget(fixture, 'befintlig');
    fs.mkdirSync(path.dirname(target.database.file), { recursive: true });
    const other = new DatabaseSync(target.database.file);
    other.exec("CREATE TABLE forslag (kvitto TEXT, uppgifter TEXT); INSERT INTO forslag VALUES ('ANNAT', '{}');");
    other.close();
    await expect(restoreBackup(backup.archive, target, { force: false })).rejects.toThrow(
      `SQLite-filen ${target.database.file} är inte tom: den har 1 tabell (forslag). Återställning skriver bara till en tom databas`,
    );
    expect(forslagRows(target.database.file)).toEqual([{ kvitto: 'ANNAT', uppgifter: '{}' }]);
    expect(fs.existsSync(target.uploads.dir)).toBe(false);

    await restoreBackup(backup.archive, target, { force: true });
    expect(forslagRows(target.database.file)).toHaveLength(51);
  });

  it('counts an absent or zero-byte file as empty, and leaves identical uploads alone', async () => {
    const target = freshTarget(fixture, 'tom');
    fs.mkdirSync(path.dirname(target.database.file), { recursive: true });
    fs.writeFileSync(target.database.file, '');
    fs.cpSync(fixture.settings.uploads.dir, target.uploads.dir, {
      recursive: true,
    });
    const result = await restoreBackup(backup.archive, target, { force: false });
    expect(result.uploads).toEqual({ written: 0, same: 2 });
    expect(forslagRows(target.database.file)).toHaveLength(51);
  });

  it('refuses to overwrite an upload with other contents, before writing anything', async () => {
    const target = freshTarget(fixture, 'krock');
    const clash = path.join(fixture.dir, 'krock', 'uploads', 'bild_1a2b3c.png');
    fs.mkdirSync(path.dirname(clash), { recursive: true });
    fs.writeFileSync(clash, 'en annan bild');
    await expect(restoreBackup(backup.archive, target, { force: false })).rejects.toThrow(
      `1 uppladdade filer finns redan med annat innehåll (${clash}) (ingenting har ändrats) — återställ till en tom mapp (VG_UPLOADS_DIR) eller kör med --force`,
    );
    expect(fs.existsSync(target.database.file)).toBe(false);
    expect(fs.readFileSync(clash, 'utf8')).toBe('en annan bild');
  });

  it('refuses a damaged archive and an archive of the other database kind, touching nothing', async () => {
    const target = freshTarget(fixture, 'orord');
    flipByte(backup.archive, 1000);
    await expect(restoreBackup(backup.archive, target, { force: true })).rejects.toThrow('är skadat och återställs inte');
    expect(fs.existsSync(path.join(fixture.dir, 'orord'))).toBe(false);

    flipByte(backup.archive, 1000);
    const postgres = {
      ...target,
      database: { kind: 'postgres', url: 'postgres://vg@127.0.0.1:1/finns-inte', schema: 'public', ssl: false } as const,
    };
    await expect(restoreBackup(backup.archive, postgres, { force: false })).rejects.toThrow(
      'Säkerhetskopian är av en SQLite-databas, men målet är PostgreSQL-databasen finns-inte på 127.0.0.1:1 (ingenting har ändrats). Återställ till samma sorts databas: ta bort DATABASE_URL och sätt DATABASE_FILENAME till en ny SQLite-fil.',
    );
  });

  it('says in the manifest that the uploads came from the folder', () => {
    expect(backup.manifest.uploads).toEqual({ included: true, count: 2, bytes: 26, storage: 'folder' });
  });

  it('stops a backup whose uploads folder is missing, naming the setting, and leaves no archive', async () => {
    const out = path.join(fixture.dir, 'out-saknas');
    const settings = { ...fixture.settings, uploads: { kind: 'folder', dir: path.join(fixture.dir, 'saknas') } as const };
    await expect(createBackup(settings, out)).rejects.toThrow(
      `Mappen för uppladdade filer ${path.join(fixture.dir, 'saknas')} finns inte — sätt VG_UPLOADS_DIR (relativt cms/), eller S3_BUCKET och de andra S3_-variablerna`,
    );
    expect(fs.readdirSync(out)).toEqual([]);
  });
});

describe.skipIf(!(await postgresAvailable()))('restoring a PostgreSQL backup', () => {
  const databases: TestDatabase[] = [];
  const fresh = async () => {
    const db = await createPostgresDatabase();
    databases.push(db);
    return { kind: 'postgres', url: db.env.DATABASE_URL as string, schema: 'public', ssl: false } as const;
  };
  const query = async (url: string, sql: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(sql)).rows;
    } finally {
      await client.end();
    }
  };
  afterEach(async () => {
    for (const db of databases.splice(0)) await db.drop();
  });

  it('dumps with pg_dump and restores with pg_restore into an empty database only, unless --force', async () => {
    const source = await fresh();
    await query(source.url, "CREATE TABLE forslag (kvitto text PRIMARY KEY); INSERT INTO forslag VALUES ('VG-1'), ('VG-2');");
    const settings = { ...fixture.settings, database: source };
    const pgBackup = await createBackup(settings, path.join(fixture.dir, 'out-pg'), new Date(3000));
    expect(pgBackup.manifest.database).toEqual({ kind: 'postgres', path: 'database/postgres.dump' });

    const target = { ...freshTarget(fixture, 'pg'), database: await fresh() };
    await restoreBackup(pgBackup.archive, target, { force: false });
    expect(await query(target.database.url, 'SELECT kvitto FROM forslag ORDER BY kvitto')).toEqual([
      { kvitto: 'VG-1' },
      { kvitto: 'VG-2' },
    ]);

    await query(target.database.url, "INSERT INTO forslag VALUES ('VG-3')");
    await expect(restoreBackup(pgBackup.archive, target, { force: false })).rejects.toThrow('1 tabell (forslag) i schemat public');
    await restoreBackup(pgBackup.archive, target, { force: true });
    expect(await query(target.database.url, 'SELECT count(*)::int AS n FROM forslag')).toEqual([{ n: 2 }]);
  });
});
