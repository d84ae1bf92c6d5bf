import { crc32, deflateSync } from 'node:zlib';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { AdminApi } from '@vg/scripts/cms/admin-api.ts';
import { type S3TestServer, startS3Server } from '@vg/scripts/cms/s3-server.ts';
import { startTempStrapi, type TempStrapi } from '@vg/scripts/cms/temp-strapi.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** A PNG of one colour, large enough (400×300) for the media library to make a thumbnail too. */
function png(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const frame = Buffer.alloc(12 + data.length);
    frame.writeUInt32BE(data.length, 0);
    body.copy(frame, 4);
    frame.writeUInt32BE(crc32(body), 8 + data.length);
    return frame;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits per channel, RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, Buffer.from([0x2e, 0x7d, 0x32]))]);
  return Buffer.concat([
    Buffer.from('89504e470d0a1a0a', 'hex'),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(Array.from({ length: height }, () => row)))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

interface UploadedFile {
  id: number;
  url: string;
  provider: string;
  formats: Record<string, { url: string }> | null;
}

describe('uploads on S3-compatible storage (s3rver, refusing ACLs like a new Amazon bucket)', () => {
  let s3: S3TestServer;
  let cms: TempStrapi;
  let admin: AdminApi;
  let file: UploadedFile;
  const publicBase = () => `${s3.endpoint}/${s3.bucket}/`;
  const object = async (key: string) =>
    Buffer.from(await ((await s3.client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: key }))).Body?.transformToByteArray() ?? []));

  beforeAll(async () => {
    s3 = await startS3Server();
    cms = await startTempStrapi({ env: s3.env });
    admin = await AdminApi.registerFirstAdmin(cms.url);
  });
  afterAll(async () => {
    await cms?.dispose();
    await s3?.dispose();
  });

  it('puts an uploaded image and its thumbnail in the bucket, with URLs at the public address that serve the same bytes', async () => {
    const form = new FormData();
    form.append('files', new Blob([png(400, 300)], { type: 'image/png' }), 'vaxthuset.png');
    const res = await admin.requestForm('POST', '/upload', form);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const [uploaded] = res.body as UploadedFile[];
    if (!uploaded) throw new Error('no file in the answer');
    file = uploaded;
    expect(file.provider).toBe('aws-s3');
    const urls = [file.url, ...Object.values(file.formats ?? {}).map((f) => f.url)];
    expect(Object.keys(file.formats ?? {})).toContain('thumbnail');
    for (const url of urls) expect(url.startsWith(publicBase()), url).toBe(true);

    // Exactly these objects are in the bucket, and each URL serves what the bucket holds.
    const objectKeys = urls.map((url) => url.slice(publicBase().length)).sort();
    expect(await s3.keys()).toEqual(objectKeys);
    for (const [i, url] of urls.entries()) {
      const served = await fetch(url);
      expect(served.status, url).toBe(200);
      const bytes = Buffer.from(await served.arrayBuffer());
      expect(bytes.subarray(1, 4).toString()).toBe('PNG');
      expect(bytes.equals(await object(url.slice(publicBase().length))), `${i}: ${url}`).toBe(true);
    }

    // What the database keeps is what the API answered.
    const stored = await admin.get<UploadedFile>(`/upload/files/${file.id}`);
    expect(stored.url).toBe(file.url);
    expect(stored.formats?.thumbnail?.url).toBe(file.formats?.thumbnail?.url);
  });

  it("allows the bucket's address for images and media in the CMS's Content-Security-Policy (the admin's thumbnails)", async () => {
    const csp = (await fetch(`${cms.url}/_health`)).headers.get('content-security-policy') ?? '';
    const directive = (name: string) => csp.split(';').find((d) => d.trim().startsWith(`${name} `)) ?? '';
    for (const name of ['img-src', 'media-src']) {
      expect(directive(name).trim().split(/\s+/), csp).toEqual(expect.arrayContaining(["'self'", 'data:', 'blob:', s3.endpoint]));
    }
    expect(directive('img-src')).toContain('https://market-assets.strapi.io');
    expect(directive('script-src')).not.toContain(s3.endpoint);
  });

  it('removes the objects from the bucket when the file is deleted in the media library', async () => {
    expect((await s3.keys()).length).toBeGreaterThan(1);
    const res = await admin.request('DELETE', `/upload/files/${file.id}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(await s3.keys()).toEqual([]);
    expect((await fetch(file.url)).status).toBe(404);
  });
});
