import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UserError } from '../lib/processes.ts';
import { checkBucket, putIntoBucket } from './bucket-restore.ts';
import { databaseContents } from './database.ts';
import { appVersions, type Manifest, type ManifestFile } from './manifest.ts';
import { restorePostgres } from './postgres.ts';
import { type BackupSettings, type DatabaseTarget, describeDatabase, describeUploads, type UploadsTarget } from './settings.ts';
import { sqliteFileProblem } from './sqlite.ts';
import { extractEntry } from './tar-read.ts';
import { planUploads, type UploadsPlan, uploadTarget } from './uploads.ts';
import { type VerifiedArchive, verifyArchive } from './verify-archive.ts';

export interface RestoreResult {
  manifest: Manifest;
  /** Uploads written, and those already there with the same contents. */
  uploads: { written: number; same: number };
  /** Things the operator should know (uploads elsewhere, another Strapi version). */
  notes: string[];
}

const KIND_NAMES = { sqlite: 'SQLite', postgres: 'PostgreSQL' } as const;

/** Refuses an archive of the other database kind, saying how to point the restore at the right kind. */
function checkKind(manifest: Manifest, db: DatabaseTarget): void {
  if (manifest.database.kind === db.kind) return;
  const fix =
    manifest.database.kind === 'postgres'
      ? 'sätt DATABASE_URL till en tom PostgreSQL-databas'
      : 'ta bort DATABASE_URL och sätt DATABASE_FILENAME till en ny SQLite-fil';
  throw new UserError(
    `Säkerhetskopian är av en ${KIND_NAMES[manifest.database.kind]}-databas, men målet är ${describeDatabase(db)} (ingenting har ändrats). Återställ till samma sorts databas: ${fix}.`,
  );
}

/**
 * Refuses uploads from the other kind of storage: a file's URL in the database says where it
 * was (/uploads/… on the CMS, or the bucket's address), so the files must go back to the same kind.
 */
function checkStorage(manifest: Manifest, uploads: UploadsTarget): void {
  if (!manifest.uploads.included) return;
  const from = manifest.uploads.storage ?? 'folder';
  if (from === uploads.kind) return;
  const fix =
    from === 's3'
      ? 'sätt S3_BUCKET och de andra S3_-variablerna till en tom bucket'
      : 'ta bort S3_-variablerna och sätt VG_UPLOADS_DIR till en tom mapp';
  throw new UserError(
    `Säkerhetskopians uppladdade filer låg i ${from === 's3' ? 'en S3-bucket' : 'CMS:ets mapp'}, men målet är ${describeUploads(uploads)} (ingenting har ändrats). Filernas adresser i databasen pekar dit de låg: återställ till samma sorts lagring — ${fix}.`,
  );
}

/** Everything that could stop the restore, checked before anything is written. */
async function preflight(verified: VerifiedArchive, settings: BackupSettings, force: boolean): Promise<UploadsPlan | undefined> {
  const { manifest } = verified;
  checkKind(manifest, settings.database);
  checkStorage(manifest, settings.uploads);
  const contents = await databaseContents(settings.database);
  if (contents && !force) {
    throw new UserError(
      `${describeDatabase(settings.database)} är inte tom: den har ${contents}. Återställning skriver bara till en tom databas, så att inget skrivs över av misstag (ingenting har ändrats) — skapa en ny, tom databas (PostgreSQL: createdb NAMN och sätt DATABASE_URL; SQLite: en ny DATABASE_FILENAME), eller kör med --force för att ersätta innehållet.`,
    );
  }
  if (!manifest.uploads.included) return undefined;
  const uploads = manifest.files.filter((f) => f.path !== manifest.database.path);
  if (settings.uploads.kind === 's3') {
    await checkBucket(settings.uploads.s3, force);
    return { write: uploads, same: 0, conflicts: [] };
  }
  const plan = planUploads(settings.uploads.dir, uploads);
  if (plan.conflicts.length > 0 && !force) {
    const shown = plan.conflicts.slice(0, 5).join(', ');
    throw new UserError(
      `${plan.conflicts.length} uppladdade filer finns redan med annat innehåll (${shown}${plan.conflicts.length > 5 ? ', …' : ''}) (ingenting har ändrats) — återställ till en tom mapp (VG_UPLOADS_DIR) eller kör med --force för att ersätta dem.`,
    );
  }
  return plan;
}

/**
 * Extracts one archived file and checks it again: the archive must not have changed since it was
 * verified. `then` says what a changed archive means at this point of the restore.
 */
function extractChecked(
  fd: number,
  verified: VerifiedArchive,
  file: ManifestFile,
  target: string,
  mode: number,
  then = 'ingenting har ändrats; kör igen',
): void {
  const entry = verified.entries.get(file.path);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const actual = entry ? extractEntry(fd, entry, target, mode) : 'saknas';
  if (actual !== file.sha256) {
    throw new UserError(
      `${file.path} i ${verified.file} ändrades under återställningen (SHA-256 ${actual}, väntad ${file.sha256}) — ${then}.`,
    );
  }
}

/**
 * Restores an archive into the CMS's database and its uploads folder or bucket. The archive is
 * verified completely first; the target database must be empty (and uploads must not overwrite
 * other files, the bucket must be empty) unless `force`. The database and the folder's uploads
 * are extracted and checked in scratch space, then put in place: the database in one step (a
 * rename, or one pg_restore transaction), the uploads after it; a bucket's objects are put back
 * one by one after the database. Stop the CMS before restoring over a database it uses.
 */
export async function restoreBackup(archive: string, settings: BackupSettings, options: { force: boolean }): Promise<RestoreResult> {
  const verified = verifyArchive(archive);
  const plan = await preflight(verified, settings, options.force);
  const { manifest } = verified;
  const uploadsDir = settings.uploads.kind === 'folder' ? settings.uploads.dir : '';
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'vg-restore-'));
  const stagedUploads = plan && uploadsDir ? stagingFolder(uploadsDir) : '';
  const fd = fs.openSync(archive, 'r');
  try {
    const dbFile = manifest.files.find((f) => f.path === manifest.database.path) as ManifestFile;
    const staged =
      settings.database.kind === 'sqlite' ? `${settings.database.file}.restore-${process.pid}.tmp` : path.join(scratch, 'dump');
    try {
      extractChecked(fd, verified, dbFile, staged, 0o600);
      if (stagedUploads)
        for (const file of plan?.write ?? []) extractChecked(fd, verified, file, uploadTarget(stagedUploads, file.path), 0o644);
      await putDatabaseInPlace(settings.database, staged, options.force);
    } finally {
      fs.rmSync(staged, { force: true });
    }
    if (settings.uploads.kind === 's3')
      await putIntoBucket(
        settings.uploads.s3,
        plan?.write ?? [],
        (file, target) =>
          extractChecked(fd, verified, file, target, 0o600, 'databasen är redan återställd; kör återställningen igen med --force'),
        scratch,
      );
    else for (const file of plan?.write ?? []) moveInto(uploadTarget(stagedUploads, file.path), uploadTarget(uploadsDir, file.path));
    return { manifest, uploads: { written: plan?.write.length ?? 0, same: plan?.same ?? 0 }, notes: restoreNotes(manifest, settings) };
  } finally {
    fs.closeSync(fd);
    fs.rmSync(scratch, { recursive: true, force: true });
    if (stagedUploads) fs.rmSync(stagedUploads, { recursive: true, force: true });
  }
}

/** A scratch folder beside the uploads folder (same file system, so moving a file in is a rename). */
function stagingFolder(uploadsDir: string): string {
  const dir = path.join(path.dirname(uploadsDir), `.${path.basename(uploadsDir)}.restore-${process.pid}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/** Extracted files are created in nested folders on demand; the staging copy then moves into place. */
function moveInto(from: string, to: string): void {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.renameSync(from, to);
}

/** Puts the checked dump in place: a rename for SQLite (after removing a stale WAL), one transaction for PostgreSQL. */
async function putDatabaseInPlace(db: DatabaseTarget, staged: string, force: boolean): Promise<void> {
  if (db.kind === 'postgres') return restorePostgres(db, staged, force);
  const problem = sqliteFileProblem(staged);
  if (problem) throw new UserError(`Databasen i arkivet är trasig (${problem}) — ingenting har ändrats; använd en annan säkerhetskopia.`);
  // A WAL left from the database being replaced would be replayed into the restored one.
  for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(`${db.file}${suffix}`, { force: true });
  fs.renameSync(staged, db.file);
}

function restoreNotes(manifest: Manifest, settings: BackupSettings): string[] {
  const notes: string[] = [];
  if (!manifest.uploads.included) notes.push(manifest.uploads.note);
  else if (settings.uploads.kind === 's3' && manifest.uploads.publicUrl && manifest.uploads.publicUrl !== settings.uploads.s3.publicUrl)
    notes.push(
      `Filernas adresser i databasen börjar med ${manifest.uploads.publicUrl}, men den här bucketen visas på ${settings.uploads.s3.publicUrl}: webbläsare hämtar filerna från den gamla adressen tills den pekar på den här bucketen.`,
    );
  const current = appVersions();
  if (manifest.app.strapi !== current.strapi)
    notes.push(
      `Säkerhetskopian gjordes med Strapi ${manifest.app.strapi}, CMS:et har ${current.strapi}: Strapi uppdaterar databasen när det startar.`,
    );
  return notes;
}
