import fs from 'node:fs';
import path from 'node:path';
import { checkS3Env, DatabaseEnvSchema, formatEnvIssues, type S3Settings } from '@vg/shared-schema';
import { z } from 'zod';
import { parseDotenv } from '../cms/dev-env.ts';
import { CMS_DIR } from '../lib/paths.ts';
import { UserError } from '../lib/processes.ts';

/** The CMS's database, as cms/config/database.ts opens it. */
export type DatabaseTarget =
  | { kind: 'sqlite'; file: string; busyTimeoutMs: number }
  | { kind: 'postgres'; url: string; schema: string; ssl: false | { rejectUnauthorized: boolean } };

/** Where the CMS keeps uploaded files: its local folder, or an S3 bucket (when S3_BUCKET is set, as for the CMS). */
export type UploadsTarget = { kind: 'folder'; dir: string } | { kind: 's3'; s3: S3Settings };

export interface BackupSettings {
  database: DatabaseTarget;
  uploads: UploadsTarget;
}

/** The backup's own settings; the database comes from the CMS's (DatabaseEnvSchema). */
export const BackupEnvSchema = z.object({
  /** The uploads folder, relative to cms/ (Strapi's local upload provider writes to public/uploads); not used with S3. */
  VG_UPLOADS_DIR: z
    .string()
    .optional()
    .transform((v) => (v === undefined || v.trim() === '' ? 'public/uploads' : v)),
});

/**
 * The environment the CMS sees: cms/.env under the process's own variables, which win (Strapi
 * loads cms/.env with dotenv, which never overrides a variable that is already set).
 */
export function cmsEnvironment(env: NodeJS.ProcessEnv = process.env, cmsDir = CMS_DIR): Record<string, string | undefined> {
  const file = path.join(cmsDir, '.env');
  const fromFile = fs.existsSync(file) ? parseDotenv(fs.readFileSync(file, 'utf8')) : {};
  return { ...fromFile, ...env };
}

/** Strapi's env.bool: only the text "true" is true; unset gives the default. */
const bool = (value: string | undefined, fallback: boolean) => (value === undefined ? fallback : value === 'true');

/**
 * The database and uploads the CMS would use with this environment, read the way the CMS reads
 * them: DATABASE_URL → PostgreSQL, otherwise DATABASE_FILENAME relative to cms/ (default
 * .tmp/data.db); S3_BUCKET (and the other S3_ variables) → the bucket, otherwise the uploads
 * folder. A bad or missing value stops with the variable named.
 */
export function backupSettings(env: Record<string, string | undefined>, cmsDir = CMS_DIR): BackupSettings {
  const db = DatabaseEnvSchema.safeParse({
    DATABASE_URL: env.DATABASE_URL || undefined,
    DATABASE_FILENAME: env.DATABASE_FILENAME,
    DATABASE_BUSY_TIMEOUT: env.DATABASE_BUSY_TIMEOUT,
  });
  const own = BackupEnvSchema.safeParse({ VG_UPLOADS_DIR: env.VG_UPLOADS_DIR });
  const s3 = checkS3Env(env);
  const problems = [...(db.success ? [] : formatEnvIssues(db.error)), ...(own.success ? [] : formatEnvIssues(own.error)), ...s3.problems];
  if (!db.success || !own.success || problems.length > 0) throw new UserError(`Fel i inställningarna:\n  - ${problems.join('\n  - ')}`);

  const database: DatabaseTarget =
    db.data.client === 'postgres'
      ? {
          kind: 'postgres',
          url: db.data.url,
          schema: env.DATABASE_SCHEMA || 'public',
          ssl: bool(env.DATABASE_SSL, false) ? { rejectUnauthorized: bool(env.DATABASE_SSL_REJECT_UNAUTHORIZED, true) } : false,
        }
      : { kind: 'sqlite', file: path.resolve(cmsDir, db.data.filename), busyTimeoutMs: db.data.busyTimeoutMs };
  const uploads: UploadsTarget = s3.settings
    ? { kind: 's3', s3: s3.settings }
    : { kind: 'folder', dir: path.resolve(cmsDir, own.data.VG_UPLOADS_DIR) };
  return { database, uploads };
}

/** Where the uploads are, in words, for messages: "mappen /srv/…/uploads" or "S3-bucketen vg-filer". */
export function describeUploads(uploads: UploadsTarget): string {
  return uploads.kind === 'folder' ? `mappen ${uploads.dir}` : `S3-bucketen ${uploads.s3.bucket}`;
}

/** The database in words, for messages: "SQLite-filen /…/data.db" or "PostgreSQL-databasen app på db:5432". */
export function describeDatabase(db: DatabaseTarget): string {
  if (db.kind === 'sqlite') return `SQLite-filen ${db.file}`;
  const url = new URL(db.url);
  return `PostgreSQL-databasen ${decodeURIComponent(url.pathname.slice(1))} på ${url.hostname}:${url.port || 5432}`;
}
