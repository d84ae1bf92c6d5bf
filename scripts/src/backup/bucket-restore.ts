import fs from 'node:fs';
import path from 'node:path';
import type { S3Settings } from '@vg/shared-schema';
import { UserError } from '../lib/processes.ts';
import { bucketClient, bucketError, bucketIsEmpty, isS3Failure, uploadObject } from './bucket.ts';
import { type ManifestFile, UPLOADS_PREFIX } from './manifest.ts';
import { describeUploads } from './settings.ts';

/**
 * The bucket must answer (checked with --force too, before the database is replaced) and be
 * empty unless --force, so a restore never mixes two sets of files by accident.
 */
export async function checkBucket(s3: S3Settings, force: boolean): Promise<void> {
  const client = bucketClient(s3);
  let empty: boolean;
  try {
    empty = await bucketIsEmpty(client, s3.bucket);
  } catch (err) {
    throw isS3Failure(err) ? bucketError(s3, 'läsa', err) : err;
  } finally {
    client.destroy();
  }
  if (!empty && !force) {
    throw new UserError(
      `${describeUploads({ kind: 's3', s3 })} är inte tom. Återställning lägger bara filer i en tom bucket, så att inget skrivs över av misstag (ingenting har ändrats) — skapa en ny, tom bucket och sätt S3_BUCKET, eller kör med --force för att skriva över filer med samma namn.`,
    );
  }
}

/**
 * Puts the archived objects back under their keys with their Content-Type, each extracted and
 * checked again first (`extract`). The database is already restored by then: a failure says so
 * and how to finish.
 */
export async function putIntoBucket(
  s3: S3Settings,
  files: ManifestFile[],
  extract: (file: ManifestFile, target: string) => void,
  scratch: string,
): Promise<void> {
  const client = bucketClient(s3);
  const file = path.join(scratch, 'object');
  let done = 0;
  try {
    for (const upload of files) {
      extract(upload, file);
      const key = upload.path.slice(UPLOADS_PREFIX.length);
      await uploadObject(client, s3.bucket, key, { path: file, sha256: upload.sha256, contentType: upload.contentType });
      fs.rmSync(file);
      done++;
    }
  } catch (err) {
    if (!isS3Failure(err)) throw err;
    throw new UserError(
      `${bucketError(s3, 'skriva till', err).message} Databasen är redan återställd och ${done} av ${files.length} filer ligger i bucketen: rätta felet och kör återställningen igen med --force.`,
    );
  } finally {
    client.destroy();
  }
}
