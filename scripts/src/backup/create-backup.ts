import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../lib/processes.ts';
import { writeSidecar } from './checksum.ts';
import { dumpDatabase } from './database.ts';
import {
  appVersions,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  DATABASE_PATHS,
  MANIFEST_PATH,
  type Manifest,
  type ManifestFile,
} from './manifest.ts';
import type { BackupSettings } from './settings.ts';
import { TarWriter } from './tar-write.ts';
import { type UploadSource, uploadSource } from './upload-source.ts';

export interface BackupResult {
  archive: string;
  sidecar: string;
  size: number;
  sha256: string;
  manifest: Manifest;
  /** Uploads left out: not regular files (or keys that are no safe path), or deleted while the backup ran. */
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
 * Backs up the database (while the CMS runs) and the uploads — the folder's files, or every
 * object in the S3 bucket — into one dated archive in `outDir`, with a `.sha256` sidecar.
 * Everything is written in a temporary folder beside the archive and renamed into place
 * complete, so an interrupted backup leaves no archive, never half of one.
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
    const uploads = uploadSource(settings.uploads, work);
    const partial = path.join(work, name);
    let written: Awaited<ReturnType<typeof writeArchive>>;
    try {
      written = await writeArchive(partial, { kind: settings.database.kind, file: dump }, uploads, now);
    } finally {
      uploads.close();
    }
    if (fs.existsSync(archive)) throw new UserError(`${archive} skapades av en annan säkerhetskopiering samtidigt — kör igen.`);
    fs.renameSync(partial, archive);
    syncFolder(outDir);
    const sidecar = writeSidecar(archive, written.sha256);
    return { archive, sidecar, ...written, skipped: uploads.skipped };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** Writes the archive: the dump, every upload, then the manifest listing them all; flushed to disk. */
async function writeArchive(file: string, dump: { kind: Manifest['database']['kind']; file: string }, uploads: UploadSource, now: Date) {
  const fd = fs.openSync(file, 'wx', 0o600);
  try {
    const tar = new TarWriter(fd, now);
    const databasePath = DATABASE_PATHS[dump.kind];
    const files: ManifestFile[] = [tar.addFile(databasePath, dump.file, fs.statSync(dump.file).size)];
    for await (const upload of uploads.files) {
      try {
        const record = tar.addFile(upload.archivePath, upload.full, upload.size);
        files.push(upload.contentType ? { ...record, contentType: upload.contentType } : record);
      } catch (err) {
        // Deleted in the media library after the listing: it is gone from the CMS too.
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
        uploads.skipped.push(upload.full);
      }
    }
    const uploaded = files.slice(1);
    const manifest: Manifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      createdAt: now.toISOString(),
      database: { kind: dump.kind, path: databasePath },
      app: appVersions(),
      uploads: {
        included: true,
        count: uploaded.length,
        bytes: uploaded.reduce((sum, f) => sum + f.size, 0),
        storage: uploads.storage,
        ...(uploads.publicUrl ? { publicUrl: uploads.publicUrl } : {}),
      },
      files,
    };
    tar.addBuffer(MANIFEST_PATH, Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`));
    const result = tar.finish();
    fs.fsyncSync(fd);
    return { ...result, manifest };
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
