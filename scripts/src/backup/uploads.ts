import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../lib/processes.ts';
import { sha256File } from './checksum.ts';
import { type ManifestFile, UPLOADS_PREFIX } from './manifest.ts';

export interface UploadFile {
  /** Path in the archive: uploads/<path inside the folder, or the object's key>, with forward slashes. */
  archivePath: string;
  /** The file to copy: the upload itself, or a bucket object's downloaded copy. */
  full: string;
  size: number;
  /** A bucket object's Content-Type, kept in the manifest for the restore. */
  contentType?: string;
}

/**
 * Every regular file in the uploads folder, in a stable order. Anything else (a link, a
 * socket) is listed in `skipped`, so the command can say what it left out.
 */
export function listUploads(dir: string): { files: UploadFile[]; skipped: string[] } {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new UserError(
      `Mappen för uppladdade filer ${dir} finns inte — sätt VG_UPLOADS_DIR (relativt cms/), eller S3_BUCKET och de andra S3_-variablerna som CMS:et har om filerna ligger i en S3-bucket.`,
    );
  }
  const files: UploadFile[] = [];
  const skipped: string[] = [];
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const full = path.join(entry.parentPath, entry.name);
    const relative = path.relative(dir, full).split(path.sep).join('/');
    if (entry.isFile()) files.push({ archivePath: `${UPLOADS_PREFIX}${relative}`, full, size: fs.statSync(full).size });
    else if (!entry.isDirectory()) skipped.push(full);
  }
  files.sort((a, b) => (a.archivePath < b.archivePath ? -1 : 1));
  return { files, skipped };
}

/** Where an archived upload goes in the uploads folder. */
export const uploadTarget = (dir: string, archivePath: string) => path.join(dir, ...archivePath.slice(UPLOADS_PREFIX.length).split('/'));

export interface UploadsPlan {
  /** Files to write: missing in the folder, or different there (only with --force). */
  write: ManifestFile[];
  /** Already there with the same contents: left alone. */
  same: number;
  /** There with other contents: a restore without --force refuses rather than replace them. */
  conflicts: string[];
}

/** Compares the archive's uploads with the folder, without changing anything. */
export function planUploads(dir: string, uploads: ManifestFile[]): UploadsPlan {
  const plan: UploadsPlan = { write: [], same: 0, conflicts: [] };
  for (const file of uploads) {
    const target = uploadTarget(dir, file.path);
    if (!fs.existsSync(target)) {
      plan.write.push(file);
      continue;
    }
    const stat = fs.statSync(target);
    if (stat.isFile() && stat.size === file.size && sha256File(target) === file.sha256) plan.same++;
    else {
      plan.conflicts.push(target);
      plan.write.push(file);
    }
  }
  return plan;
}
