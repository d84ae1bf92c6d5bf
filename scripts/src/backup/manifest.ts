import fs from 'node:fs';
import path from 'node:path';
import { formatEnvIssues } from '@vg/shared-schema';
import { z } from 'zod';
import { CMS_DIR } from '../lib/paths.ts';

/** Names the archive format; a restore refuses anything else. */
export const BACKUP_FORMAT = 'valfardsguiden-backup';
/** Raised when the archive's layout or the manifest changes in a way older restores cannot read. */
export const BACKUP_FORMAT_VERSION = 1;
/** The manifest's path in the archive (the last entry: it lists the hashes of everything before it). */
export const MANIFEST_PATH = 'manifest.json';
/** Where the database dump sits in the archive, by database kind. */
export const DATABASE_PATHS = { sqlite: 'database/sqlite.db', postgres: 'database/postgres.dump' } as const;
/** Uploads sit under this folder in the archive, with their paths inside the uploads folder. */
export const UPLOADS_PREFIX = 'uploads/';

export type DatabaseKind = keyof typeof DATABASE_PATHS;

/**
 * True for `uploads/<relative path>` without empty, `.` or `..` segments: a restore writes
 * nothing outside the uploads folder, whatever the archive says.
 */
export function isSafeUploadPath(p: string): boolean {
  if (!p.startsWith(UPLOADS_PREFIX) || p.includes('\0')) return false;
  const segments = p.slice(UPLOADS_PREFIX.length).split('/');
  return segments.every((s) => s !== '' && s !== '.' && s !== '..');
}

const FileSchema = z.object({
  /** Path in the archive: the database dump (DATABASE_PATHS) or `uploads/…`. */
  path: z.string().min(1),
  /** Size in bytes. */
  size: z.number().int().min(0),
  /** SHA-256 of the contents, lower-case hex. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, { error: 'ska vara 64 hexadecimala tecken' }),
  /** An upload from a bucket: the Content-Type it was stored with, given back to it on restore. */
  contentType: z.string().optional(),
});
export type ManifestFile = z.infer<typeof FileSchema>;

/** Where the uploads came from; a restore puts them back into the same kind of storage only. */
export const UPLOADS_STORAGE = ['folder', 's3'] as const;

const UploadsSchema = z.discriminatedUnion('included', [
  /** The uploads are in the archive under uploads/: the folder's files, or the bucket's objects by key. */
  z.object({
    included: z.literal(true),
    count: z.number().int().min(0),
    bytes: z.number().int().min(0),
    /** Missing in archives written before S3 uploads: the folder. */
    storage: z.enum(UPLOADS_STORAGE).optional(),
    /** S3: the address the files were served from, which their URLs in the database begin with. */
    publicUrl: z.string().optional(),
  }),
  /** Not in the archive (archives from before backups read buckets): `note` says where they were backed up instead. */
  z.object({ included: z.literal(false), note: z.string() }),
]);

/** What a backup archive holds; written last into the archive as manifest.json. */
export const ManifestSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    formatVersion: z.literal(BACKUP_FORMAT_VERSION),
    /** When the backup started (ISO 8601, UTC). */
    createdAt: z.iso.datetime(),
    /** The database kind and its dump's path in the archive (pg_dump custom format, or a SQLite file). */
    database: z.object({ kind: z.enum(['sqlite', 'postgres']), path: z.string() }),
    /** The app that wrote it: cms/package.json's version and the Strapi version it depends on. */
    app: z.object({ version: z.string(), strapi: z.string() }),
    uploads: UploadsSchema,
    /** Every file in the archive except the manifest, with size and SHA-256. */
    files: z.array(FileSchema),
  })
  .superRefine((m, ctx) => {
    const paths = new Set<string>();
    for (const [i, f] of m.files.entries()) {
      if (paths.has(f.path)) ctx.addIssue({ code: 'custom', path: ['files', i, 'path'], message: `"${f.path}" finns två gånger` });
      paths.add(f.path);
      if (f.path !== m.database.path && !isSafeUploadPath(f.path))
        ctx.addIssue({
          code: 'custom',
          path: ['files', i, 'path'],
          message: `"${f.path}" är varken databasen eller en fil under uploads/`,
        });
    }
    if (m.database.path !== DATABASE_PATHS[m.database.kind] || !paths.has(m.database.path))
      ctx.addIssue({
        code: 'custom',
        path: ['database', 'path'],
        message: `databasfilen ska vara ${DATABASE_PATHS[m.database.kind]} och listas i files`,
      });
  });
export type Manifest = z.infer<typeof ManifestSchema>;

/** A manifest of another format version: the archive may be sound, but this code cannot read it. */
export class UnsupportedFormatError extends Error {
  override name = 'UnsupportedFormatError';
}

/**
 * Reads a manifest, or says what is wrong with it: not JSON, another format, a format version
 * this code does not read (with what to do), or a field that does not fit.
 */
export function parseManifest(text: string): Manifest {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new Error(`${MANIFEST_PATH} är inte giltig JSON`);
  }
  const head = z.object({ format: z.unknown(), formatVersion: z.unknown() }).safeParse(raw);
  if (!head.success || head.data.format !== BACKUP_FORMAT)
    throw new Error(`${MANIFEST_PATH} beskriver inte en säkerhetskopia av Välfärdsguiden`);
  if (head.data.formatVersion !== BACKUP_FORMAT_VERSION) {
    throw new UnsupportedFormatError(
      `arkivet har formatversion ${JSON.stringify(head.data.formatVersion)}, men den här versionen av scripts/vg restore läser bara version ${BACKUP_FORMAT_VERSION} — återställ med den version av Välfärdsguiden som gjorde säkerhetskopian`,
    );
  }
  const parsed = ManifestSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`${MANIFEST_PATH} stämmer inte: ${formatEnvIssues(parsed.error).join('; ')}`);
  return parsed.data;
}

/** The app and Strapi versions from cms/package.json, for the manifest. */
export function appVersions(cmsDir = CMS_DIR): Manifest['app'] {
  const pkg = JSON.parse(fs.readFileSync(path.join(cmsDir, 'package.json'), 'utf8')) as {
    version?: string;
    dependencies?: Record<string, string>;
  };
  return { version: pkg.version ?? 'okänd', strapi: pkg.dependencies?.['@strapi/strapi'] ?? 'okänd' };
}
