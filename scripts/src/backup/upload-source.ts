import fs from 'node:fs';
import path from 'node:path';
import type { S3Settings } from '@vg/shared-schema';
import { bucketClient, bucketError, downloadObject, isS3Failure, listObjects } from './bucket.ts';
import { isSafeUploadPath, UPLOADS_PREFIX } from './manifest.ts';
import type { UploadsTarget } from './settings.ts';
import { listUploads, type UploadFile } from './uploads.ts';

/** The uploads to copy into an archive, one local file at a time. */
export interface UploadSource {
  storage: 'folder' | 's3';
  /** S3: the address the files are served from, for the manifest. */
  publicUrl?: string;
  files: AsyncIterable<UploadFile>;
  /**
   * Left out, each named: not a regular file, a key that is no safe path, deleted while the
   * backup ran. Complete once `files` has been read to the end.
   */
  skipped: string[];
  close: () => void;
}

/**
 * The CMS's uploads as files to archive: the folder's files as they are, or the bucket's objects
 * downloaded one at a time into `scratch` (each deleted once archived, so the backup needs room
 * for the largest object, not for all of them).
 */
export function uploadSource(target: UploadsTarget, scratch: string): UploadSource {
  if (target.kind === 'folder') {
    const { files, skipped } = listUploads(target.dir);
    return { storage: 'folder', files: toAsync(files), skipped, close: () => {} };
  }
  const client = bucketClient(target.s3);
  const skipped: string[] = [];
  return {
    storage: 's3',
    publicUrl: target.s3.publicUrl,
    files: bucketObjects(target.s3, client, path.join(scratch, 'object'), skipped),
    skipped,
    close: () => client.destroy(),
  };
}

async function* toAsync(files: UploadFile[]): AsyncGenerator<UploadFile> {
  yield* files;
}

async function* bucketObjects(
  s3: S3Settings,
  client: ReturnType<typeof bucketClient>,
  file: string,
  skipped: string[],
): AsyncGenerator<UploadFile> {
  try {
    for await (const { key } of listObjects(client, s3.bucket)) {
      const archivePath = `${UPLOADS_PREFIX}${key}`;
      const label = `s3://${s3.bucket}/${key}`;
      // A restore writes every archived path as a key again; one with empty, . or .. segments
      // (a folder marker "mapp/", say) is no file Strapi made.
      if (!isSafeUploadPath(archivePath)) {
        skipped.push(label);
        continue;
      }
      const object = await downloadObject(client, s3.bucket, key, file);
      if (!object) {
        skipped.push(label);
        continue;
      }
      try {
        yield { archivePath, full: file, size: object.size, ...(object.contentType ? { contentType: object.contentType } : {}) };
      } finally {
        fs.rmSync(file, { force: true });
      }
    }
  } catch (err) {
    throw isS3Failure(err) ? bucketError(s3, 'läsa', err) : err;
  }
}
