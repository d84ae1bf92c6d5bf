import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UserError } from '../lib/processes.ts';
import { databaseContents } from './database.ts';
import { appVersions, type Manifest, type ManifestFile } from './manifest.ts';
import { restorePostgres } from './postgres.ts';
import { type BackupSettings, type DatabaseTarget, describeDatabase } from './settings.ts';
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

/** Everything that could stop the restore, checked before anything is written. */
async function preflight(verified: VerifiedArchive, settings: BackupSettings, force: boolean): Promise<UploadsPlan | undefined> {
  const { manifest } = verified;
  checkKind(manifest, settings.database);
  const contents = await databaseContents(settings.database);
  if (contents && !force) {
    throw new UserError(
      `${describeDatabase(settings.database)} är inte tom: den har ${contents}. Återställning skriver bara till en tom databas, så att inget skrivs över av misstag (ingenting har ändrats) — skapa en ny, tom databas (PostgreSQL: createdb NAMN och sätt DATABASE_URL; SQLite: en ny DATABASE_FILENAME), eller kör med --force för att ersätta innehållet.`,
    );
  }
  if (!manifest.uploads.included || settings.uploads.kind !== 'folder') return undefined;
  const uploads = manifest.files.filter((f) => f.path !== manifest.database.path);
  const plan = planUploads(settings.uploads.dir, uploads);
  if (plan.conflicts.length > 0 && !force) {
    const shown = plan.conflicts.slice(0, 5).join(', ');
    throw new UserError(
      `${plan.conflicts.length} uppladdade filer finns redan med annat innehåll (${shown}${plan.conflicts.length > 5 ? ', …' : ''}) (ingenting har ändrats) — återställ till en tom mapp (VG_UPLOADS_DIR) eller kör med --force för att ersätta dem.`,
    );
  }
  return plan;
}

/** Extracts one archived file and checks it again: the archive must not have changed since it was verified. */
function extractChecked(fd: number, verified: VerifiedArchive, file: ManifestFile, target: string, mode: number): void {
  const entry = verified.entries.get(file.path);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const actual = entry ? extractEntry(fd, entry, target, mode) : 'saknas';
  if (actual !== file.sha256) {
    throw new UserError(
      `${file.path} i ${verified.file} ändrades under återställningen (SHA-256 ${actual}, väntad ${file.sha256}) — ingenting har ändrats; kör igen.`,
    );
  }
}

/**
 * Restores an archive into the CMS's database and uploads folder. The archive is verified
 * completely first; the target database must be empty (and uploads must not overwrite other
 * files) unless `force`. The database and the uploads are extracted and checked in scratch
 * space, then put in place: the database in one step (a rename, or one pg_restore
 * transaction), the uploads after it. Stop the CMS before restoring over a database it uses.
 */
export async function restoreBackup(archive: string, settings: BackupSettings, options: { force: boolean }): Promise<RestoreResult> {
  const verified = verifyArchive(archive);
  const plan = await preflight(verified, settings, options.force);
  const { manifest } = verified;
  const uploadsDir = settings.uploads.kind === 'folder' ? settings.uploads.dir : '';
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'vg-restore-'));
  const stagedUploads = plan ? stagingFolder(uploadsDir) : '';
  const fd = fs.openSync(archive, 'r');
  try {
    const dbFile = manifest.files.find((f) => f.path === manifest.database.path) as ManifestFile;
    const staged =
      settings.database.kind === 'sqlite' ? `${settings.database.file}.restore-${process.pid}.tmp` : path.join(scratch, 'dump');
    try {
      extractChecked(fd, verified, dbFile, staged, 0o600);
      for (const file of plan?.write ?? []) extractChecked(fd, verified, file, uploadTarget(stagedUploads, file.path), 0o644);
      await putDatabaseInPlace(settings.database, staged, options.force);
    } finally {
      fs.rmSync(staged, { force: true });
    }
    for (const file of plan?.write ?? []) moveInto(uploadTarget(stagedUploads, file.path), uploadTarget(uploadsDir, file.path));
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
  else if (settings.uploads.kind === 'object-storage')
    notes.push(
      'Arkivet har uppladdade filer, men de här inställningarna lägger filer i objektlagring: packa upp dem med tar -xf ARKIV uploads/ och ladda upp dem till bucketen.',
    );
  const current = appVersions();
  if (manifest.app.strapi !== current.strapi)
    notes.push(
      `Säkerhetskopian gjordes med Strapi ${manifest.app.strapi}, CMS:et har ${current.strapi}: Strapi uppdaterar databasen när det startar.`,
    );
  return notes;
}
