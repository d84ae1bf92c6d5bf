import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../lib/processes.ts';
import { writeSidecar } from './checksum.ts';
import { dumpDatabase } from './database.ts';
import { appVersions, BACKUP_FORMAT, BACKUP_FORMAT_VERSION, DATABASE_PATHS, MANIFEST_PATH, type Manifest } from './manifest.ts';
import type { BackupSettings } from './settings.ts';
import { TarWriter } from './tar-write.ts';
import { listUploads, type UploadFile } from './uploads.ts';

/** What the manifest says when uploads live in object storage. */
export const OBJECT_STORAGE_NOTE =
  'De uppladdade filerna ligger i objektlagring (S3) och ingår inte: säkerhetskopiera bucketen där, med versionering och replikering till en annan region.';

export interface BackupResult {
  archive: string;
  sidecar: string;
  size: number;
  sha256: string;
  manifest: Manifest;
  /** Uploads left out: not regular files, or deleted while the backup ran. */
  skipped: string[];
}

/** `valfardsguiden-backup-2025-01-31T02-00-00Z.tar`: sorts by time, and has no colons (not allowed on every file system). */
export function backupFileName(at: Date): string {
  return `valfardsguiden-backup-${at
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/:/g, '-')}.tar`;
}

/**
 * Backs up the database (while the CMS runs) and the uploads into one dated archive in `outDir`,
 * with a `.sha256` sidecar. Everything is written in a temporary folder beside the archive and
 * renamed into place complete, so an interrupted backup leaves no archive, never half of one.
 */
export async function createBackup(settings: BackupSettings, outDir: string, now = new Date()): Promise<BackupResult> {
  const name = backupFileName(now);
  const archive = path.join(outDir, name);
  fs.mkdirSync(outDir, { recursive: true });
  if (fs.existsSync(archive))
    throw new UserError(`${archive} finns redan — vänta en sekund och kör igen, eller välj en annan mapp med --out.`);
  const work = fs.mkdtempSync(path.join(outDir, `.${name}.`));
  try {
    const dump = path.join(work, 'database');
    await dumpDatabase(settings.database, dump);
    const uploads = settings.uploads.kind === 'folder' ? listUploads(settings.uploads.dir) : { files: undefined, skipped: [] };
    const partial = path.join(work, name);
    const written = writeArchive(partial, { kind: settings.database.kind, file: dump }, uploads.files, now);
    if (fs.existsSync(archive)) throw new UserError(`${archive} skapades av en annan säkerhetskopiering samtidigt — kör igen.`);
    fs.renameSync(partial, archive);
    syncFolder(outDir);
    const sidecar = writeSidecar(archive, written.sha256);
    return { archive, sidecar, ...written, skipped: [...uploads.skipped, ...written.vanished] };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** Writes the archive: the dump, every upload, then the manifest listing them all; flushed to disk. */
function writeArchive(
  file: string,
  dump: { kind: Manifest['database']['kind']; file: string },
  uploads: UploadFile[] | undefined,
  now: Date,
) {
  const fd = fs.openSync(file, 'wx', 0o600);
  try {
    const tar = new TarWriter(fd, now);
    const databasePath = DATABASE_PATHS[dump.kind];
    const files = [tar.addFile(databasePath, dump.file, fs.statSync(dump.file).size)];
    const vanished: string[] = [];
    for (const upload of uploads ?? []) {
      try {
        files.push(tar.addFile(upload.archivePath, upload.full, upload.size));
      } catch (err) {
        // Deleted in the media library after the listing: it is gone from the CMS too.
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
        vanished.push(upload.full);
      }
    }
    const uploaded = files.slice(1);
    const manifest: Manifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      createdAt: now.toISOString(),
      database: { kind: dump.kind, path: databasePath },
      app: appVersions(),
      uploads: uploads
        ? { included: true, count: uploaded.length, bytes: uploaded.reduce((sum, f) => sum + f.size, 0) }
        : { included: false, note: OBJECT_STORAGE_NOTE },
      files,
    };
    tar.addBuffer(MANIFEST_PATH, Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`));
    const result = tar.finish();
    fs.fsyncSync(fd);
    return { ...result, manifest, vanished };
  } finally {
    fs.closeSync(fd);
  }
}

/** Flushes a folder's entries, so a rename survives a power cut. */
function syncFolder(dir: string): void {
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
