import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { BackupSettings } from './settings.ts';

/** Files in the fixture's uploads folder, one of them in a subfolder. */
export const UPLOADS: Record<string, Buffer> = {
  'bild_1a2b3c.png': Buffer.from('89504e470d0a1a0a', 'hex'),
  'mapp/dokument_4d5e6f.pdf': Buffer.from('%PDF-1.4 liten fil'),
};

/** Settings for a SQLite database and a local uploads folder. */
export type LocalSettings = BackupSettings & {
  database: Extract<BackupSettings['database'], { kind: 'sqlite' }>;
  uploads: Extract<BackupSettings['uploads'], { kind: 'folder' }>;
};

export interface Fixture {
  dir: string;
  settings: LocalSettings;
  /** An open connection to the source database, as a running CMS holds one (WAL mode, data not yet checkpointed). */
  cms: DatabaseSync;
  dispose: () => void;
}

/** A small CMS stand-in: a SQLite database in WAL mode with rows, and an uploads folder. */
export function sqliteFixture(): Fixture {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vg-backup-'));
  const file = path.join(dir, 'cms', 'data.db');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const cms = new DatabaseSync(file);
  cms.exec('PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0; CREATE TABLE forslag (kvitto TEXT, uppgifter TEXT);');
  const insert = cms.prepare('INSERT INTO forslag VALUES (?, ?)');
  for (let i = 0; i < 50; i++) insert.run(`VG-${i}`, JSON.stringify({ namn: `Förslag ${i}` }));
  const uploads = path.join(dir, 'uploads');
  for (const [name, data] of Object.entries(UPLOADS)) {
    fs.mkdirSync(path.dirname(path.join(uploads, name)), { recursive: true });
    fs.writeFileSync(path.join(uploads, name), data);
  }
  return {
    dir,
    settings: { database: { kind: 'sqlite', file, busyTimeoutMs: 2000 }, uploads: { kind: 'folder', dir: uploads } },
    cms,
    dispose: () => {
      if (cms.isOpen) cms.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Settings for restoring into a new SQLite file and uploads folder inside the fixture's folder. */
export function freshTarget(fixture: Fixture, name: string): LocalSettings {
  return {
    database: { kind: 'sqlite', file: path.join(fixture.dir, name, 'data.db'), busyTimeoutMs: 2000 },
    uploads: { kind: 'folder', dir: path.join(fixture.dir, name, 'uploads') },
  };
}

/** The rows of a SQLite database's forslag table. */
export function forslagRows(file: string): unknown[] {
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    return db.prepare('SELECT kvitto, uppgifter FROM forslag ORDER BY rowid').all();
  } finally {
    db.close();
  }
}

/** Flips one byte of a file (a bit rotted on disk, or a bad copy). */
export function flipByte(file: string, at: number): void {
  const bytes = fs.readFileSync(file);
  bytes[at] = (bytes[at] ?? 0) ^ 0xff;
  fs.writeFileSync(file, bytes);
}
