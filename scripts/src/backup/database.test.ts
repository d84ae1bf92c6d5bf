import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPostgresDatabase, postgresAvailable } from '../cms/test-databases.ts';
import { databaseContents, dumpDatabase } from './database.ts';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vg-empty-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const sqlite = (name: string) => ({ kind: 'sqlite', file: path.join(dir, name), busyTimeoutMs: 1000 }) as const;

describe('is the target database empty? (SQLite)', () => {
  it('is empty when the file is absent, zero bytes long, or a database without tables', async () => {
    expect(await databaseContents(sqlite('saknas.db'))).toBeUndefined();
    fs.writeFileSync(path.join(dir, 'noll.db'), '');
    expect(await databaseContents(sqlite('noll.db'))).toBeUndefined();
    new DatabaseSync(path.join(dir, 'tabellos.db')).close();
    expect(await databaseContents(sqlite('tabellos.db'))).toBeUndefined();
  });

  it('names what is there: tables, a file that is no database, a WAL left without its database', async () => {
    const db = new DatabaseSync(path.join(dir, 'cms.db'));
    db.exec('CREATE TABLE a (x); CREATE TABLE b (x); CREATE TABLE c (x); CREATE TABLE d (x);');
    db.close();
    expect(await databaseContents(sqlite('cms.db'))).toBe('4 tabeller (a, b, c, …)');
    fs.writeFileSync(path.join(dir, 'text.db'), 'det här är ingen databas, bara text som är tillräckligt lång');
    expect(await databaseContents(sqlite('text.db'))).toMatch(/^en fil som inte är en SQLite-databas \(file is not a database\)$/);
    fs.writeFileSync(path.join(dir, 'borta.db-wal'), 'x');
    expect(await databaseContents(sqlite('borta.db'))).toBe(`en kvarglömd WAL-fil ${path.join(dir, 'borta.db-wal')} utan databas`);
  });

  it('gives a clear message when there is no database to back up', async () => {
    await expect(dumpDatabase(sqlite('saknas.db'), path.join(dir, 'ut'))).rejects.toThrow(
      `SQLite-filen ${path.join(dir, 'saknas.db')} finns inte — kontrollera DATABASE_FILENAME (relativt cms/)`,
    );
  });
});

describe.skipIf(!(await postgresAvailable()))('is the target database empty? (PostgreSQL)', () => {
  it('is empty when its schema has no tables, and names the tables when it has', async () => {
    const created = await createPostgresDatabase();
    const url = created.env.DATABASE_URL as string;
    const db = { kind: 'postgres', url, schema: 'public', ssl: false } as const;
    try {
      expect(await databaseContents(db)).toBeUndefined();
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query('CREATE TABLE strapi_migrations (id int); CREATE SCHEMA annat; CREATE TABLE annat.x (id int);');
      await client.end();
      expect(await databaseContents(db)).toBe('1 tabell (strapi_migrations) i schemat public');
      expect(await databaseContents({ ...db, schema: 'tomt' })).toBeUndefined();
    } finally {
      await created.drop();
    }
  });

  it('names the database it cannot reach', async () => {
    const db = { kind: 'postgres', url: 'postgres://postgres@127.0.0.1:5432/vg_finns_inte_alls', schema: 'public', ssl: false } as const;
    await expect(databaseContents(db)).rejects.toThrow(
      /^Kan inte ansluta till PostgreSQL-databasen vg_finns_inte_alls på 127\.0\.0\.1:5432: .*createdb NAMN/,
    );
  });
});
