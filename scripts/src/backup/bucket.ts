import fs from 'node:fs';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { GetObjectCommand, type GetObjectCommandOutput, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { S3Settings } from '@vg/shared-schema';
import { UserError } from '../lib/processes.ts';
import { describeUploads } from './settings.ts';

/** A client with the CMS's own S3 settings (the same variables, read by the same schema). */
export function bucketClient(s3: S3Settings): S3Client {
  return new S3Client({
    region: s3.region,
    ...(s3.endpoint ? { endpoint: s3.endpoint } : {}),
    forcePathStyle: s3.forcePathStyle,
    credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
  });
}

/**
 * A failed S3 request as a user error: what was being done, the bucket, and the HTTP status or
 * network code with the S3 error name — never the key, which the SDK's errors do not carry anyway.
 */
export function bucketError(s3: S3Settings, doing: string, err: unknown): UserError {
  const e = err as { name?: string; code?: string; $metadata?: { httpStatusCode?: number } };
  const status = e.$metadata?.httpStatusCode;
  const why = status ? `HTTP ${status} ${e.name ?? ''}`.trim() : (e.code ?? e.name ?? 'okänt fel');
  // The endpoint is left out: it may be an internal address, and the variables name it anyway.
  return new UserError(
    `${describeUploads({ kind: 's3', s3 })} gick inte att ${doing} (${why}) — kontrollera S3_BUCKET, S3_ENDPOINT, S3_REGION och nycklarna (samma som CMS:et har).`,
  );
}

/** Network failures reaching the S3 API (the SDK passes Node's codes through). */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH']);

/** True for an error from the S3 API or the way to it, as opposed to a local one (a full disk). */
export function isS3Failure(err: unknown): boolean {
  const e = err as { code?: string; $metadata?: unknown } | null;
  return e?.$metadata !== undefined || NETWORK_CODES.has(e?.code ?? '');
}

/** Every object in the bucket, in key order, a page of up to 1,000 keys at a time. */
export async function* listObjects(client: S3Client, bucket: string): AsyncGenerator<{ key: string; size: number }> {
  let token: string | undefined;
  do {
    const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }));
    for (const object of page.Contents ?? []) if (object.Key) yield { key: object.Key, size: object.Size ?? 0 };
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
}

/** True when the bucket holds no object at all. */
export async function bucketIsEmpty(client: S3Client, bucket: string): Promise<boolean> {
  const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, MaxKeys: 1 }));
  return (page.KeyCount ?? page.Contents?.length ?? 0) === 0;
}

/**
 * Downloads an object into a new file (flushed to disk, so its size is final), or returns
 * undefined when it was deleted since the listing (deleted in the media library meanwhile).
 */
export async function downloadObject(
  client: S3Client,
  bucket: string,
  key: string,
  file: string,
): Promise<{ size: number; contentType: string | undefined } | undefined> {
  let answer: GetObjectCommandOutput;
  try {
    answer = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  } catch (err) {
    if ((err as { name?: string }).name === 'NoSuchKey') return undefined;
    throw err;
  }
  const out = fs.createWriteStream(file, { flags: 'wx', mode: 0o600 });
  await pipeline(answer.Body as Readable, out);
  const fd = fs.openSync(file, 'r');
  try {
    fs.fsyncSync(fd);
    return { size: fs.fstatSync(fd).size, contentType: answer.ContentType };
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Puts a file into the bucket under `key`, with its content type (what browsers are told it is)
 * and its SHA-256 from the manifest: S3 checks the bytes against it, and the SDK then streams the
 * body as it is instead of computing a checksum of its own in aws-chunked encoding.
 */
export async function uploadObject(
  client: S3Client,
  bucket: string,
  key: string,
  file: { path: string; sha256: string; contentType: string | undefined },
): Promise<void> {
  await client.send(
    new PutObjectCommand({
      Bucket: bucket,
      Key: key,
      Body: fs.createReadStream(file.path),
      ContentLength: fs.statSync(file.path).size,
      ChecksumSHA256: Buffer.from(file.sha256, 'hex').toString('base64'),
      ...(file.contentType ? { ContentType: file.contentType } : {}),
    }),
  );
}
