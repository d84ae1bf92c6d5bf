/// <reference path="./s3rver.d.ts" />
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DeleteObjectsCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';

/** s3rver's fixed key pair: it accepts requests signed with these. */
const KEY = 'S3RVER';

export interface S3TestServer {
  /** http://127.0.0.1:PORT, the S3 API (path-style: /bucket/key). */
  endpoint: string;
  /** A bucket created at start, empty. */
  bucket: string;
  /** The S3_ variables that point a CMS (or a backup) at this server and bucket. */
  env: Record<string, string>;
  /** A client with the same credentials, for tests that look into the bucket. */
  client: S3Client;
  /** The keys in the bucket, sorted. */
  keys: () => Promise<string[]>;
  /** Deletes every object in the bucket (a lost bucket, for a restore to fill). */
  clear: () => Promise<void>;
  dispose: () => Promise<void>;
}

/**
 * A real S3 API on loopback and a free port (s3rver, files in a temporary folder), with one empty
 * bucket. Like an Amazon bucket created since April 2023 (ACLs disabled), it refuses a request that
 * sets an ACL, so a test proves uploads work on such buckets. Objects are readable without
 * signing, as from a public bucket or a CDN.
 */
export async function startS3Server(options: { bucket?: string } = {}): Promise<S3TestServer> {
  const bucket = options.bucket ?? 'vg-uppladdningar';
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'vg-s3-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: bucket }] });
  server.middleware.unshift(async (ctx, next) => {
    if (ctx.headers['x-amz-acl'] === undefined) return next();
    ctx.status = 400;
    ctx.type = 'application/xml';
    ctx.body =
      '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessControlListNotSupported</Code><Message>The bucket does not allow ACLs</Message></Error>';
  });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  const client = new S3Client({
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: KEY, secretAccessKey: KEY },
  });
  // A test bucket holds a handful of objects: one page (up to 1,000 keys) is all of them.
  const keys = async () =>
    ((await client.send(new ListObjectsV2Command({ Bucket: bucket }))).Contents ?? []).map((o) => o.Key ?? '').sort();
  return {
    endpoint,
    bucket,
    keys,
    clear: async () => {
      const all = await keys();
      if (all.length > 0) await client.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: all.map((Key) => ({ Key })) } }));
    },
    env: {
      S3_BUCKET: bucket,
      S3_ENDPOINT: endpoint,
      S3_FORCE_PATH_STYLE: 'true',
      S3_ACCESS_KEY_ID: KEY,
      S3_SECRET_ACCESS_KEY: KEY,
    },
    client,
    dispose: async () => {
      client.destroy();
      // Kept-alive connections (the SDK's, a CMS's) would hold close() open until they time out.
      server.httpServer?.closeAllConnections();
      await server.close().catch(() => {});
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}
