import fs from 'node:fs';
import path from 'node:path';
import { DatabaseEnvSchema, formatEnvIssues } from '@vg/shared-schema';
import { z } from 'zod';
import { parseDotenv } from '../cms/dev-env.ts';
import { CMS_DIR } from '../lib/paths.ts';
import { UserError } from '../lib/processes.ts';

/** The CMS's database, as cms/config/database.ts opens it. */
export type DatabaseTarget =
  | { kind: 'sqlite'; file: string; busyTimeoutMs: number }
  | { kind: 'postgres'; url: string; schema: string; ssl: false | { rejectUnauthorized: boolean } };

/** Where the CMS keeps uploaded files: a local folder, or object storage backed up on its own. */
export type UploadsTarget = { kind: 'folder'; dir: string } | { kind: 'object-storage' };

export interface BackupSettings {
  database: DatabaseTarget;
  uploads: UploadsTarget;
}

/** The backup's own settings; the database comes from the CMS's (DatabaseEnvSchema). */
export const BackupEnvSchema = z.object({
  /** The uploads folder, relative to cms/ (Strapi's local upload provider writes to public/uploads). */
  VG_UPLOADS_DIR: z
    .string()
    .optional()
    .transform((v) => (v === undefined || v.trim() === '' ? 'public/uploads' : v)),
  /**
   * true when an S3-compatible upload provider keeps the files in a bucket: they are then left
   * out of the archive (back the bucket up with versioning and replication instead).
   */
  VG_UPLOADS_IN_OBJECT_STORAGE: z
    .enum(['true', 'false'], { error: 'VG_UPLOADS_IN_OBJECT_STORAGE ska vara true eller false (eller inte satt).' })
    .optional(),
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
 * .tmp/data.db). A bad value stops with the variable named.
 */
export function backupSettings(env: Record<string, string | undefined>, cmsDir = CMS_DIR): BackupSettings {
  const db = DatabaseEnvSchema.safeParse({
    DATABASE_URL: env.DATABASE_URL || undefined,
    DATABASE_FILENAME: env.DATABASE_FILENAME,
    DATABASE_BUSY_TIMEOUT: env.DATABASE_BUSY_TIMEOUT,
  });
  const own = BackupEnvSchema.safeParse({
    VG_UPLOADS_DIR: env.VG_UPLOADS_DIR,
    VG_UPLOADS_IN_OBJECT_STORAGE: env.VG_UPLOADS_IN_OBJECT_STORAGE || undefined,
  });
  const problems = [...(db.success ? [] : formatEnvIssues(db.error)), ...(own.success ? [] : formatEnvIssues(own.error))];
  if (!db.success || !own.success) throw new UserError(`Fel i inställningarna:\n  - ${problems.join('\n  - ')}`);

  const database: DatabaseTarget =
    db.data.client === 'postgres'
      ? {
          kind: 'postgres',
          url: db.data.url,
          schema: env.DATABASE_SCHEMA || 'public',
          ssl: bool(env.DATABASE_SSL, false) ? { rejectUnauthorized: bool(env.DATABASE_SSL_REJECT_UNAUTHORIZED, true) } : false,
        }
      : { kind: 'sqlite', file: path.resolve(cmsDir, db.data.filename), busyTimeoutMs: db.data.busyTimeoutMs };
  const uploads: UploadsTarget =
    own.data.VG_UPLOADS_IN_OBJECT_STORAGE === 'true'
      ? { kind: 'object-storage' }
      : { kind: 'folder', dir: path.resolve(cmsDir, own.data.VG_UPLOADS_DIR) };
  return { database, uploads };
}

/** The database in words, for messages: "SQLite-filen /…/data.db" or "PostgreSQL-databasen app på db:5432". */
export function describeDatabase(db: DatabaseTarget): string {
  if (db.kind === 'sqlite') return `SQLite-filen ${db.file}`;
  const url = new URL(db.url);
  return `PostgreSQL-databasen ${decodeURIComponent(url.pathname.slice(1))} på ${url.hostname}:${url.port || 5432}`;
}
