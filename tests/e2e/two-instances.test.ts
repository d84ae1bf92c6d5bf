import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { downloadObject } from '@vg/scripts/backup/bucket.ts';
import { AdminApi } from '@vg/scripts/cms/admin-api.ts';
import { type CmsCluster, startCmsCluster } from '@vg/scripts/cms/cms-cluster.ts';
import {
  demoOrganisationSlugs,
  type IntakeAnswer,
  issueIntakeKey,
  postForslag,
  storedForslag,
  validForslag,
} from '@vg/scripts/cms/intake-client.ts';
import { type S3TestServer, startS3Server } from '@vg/scripts/cms/s3-server.ts';
import { postgresAvailable, redisAvailable } from '@vg/scripts/cms/test-databases.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/*
 * Two CMS instances on one PostgreSQL database and one Redis, as production runs them behind a
 * load balancer: what one instance does, the other must see, and losing one loses nothing.
 */

const SITE = 'https://site.example.se';
const RATE = 20;
const INSATS = '/content-manager/collection-types/api::insats.insats';
/** This run's Idempotency-Keys start with it, so the database checks see only this run's rows. */
const RUN = `tva-${randomBytes(4).toString('hex')}`;

const services = (await postgresAvailable()) && (await redisAvailable());
if (!services) console.warn('⚠ PostgreSQL eller Redis svarar inte — testet med två CMS-instanser hoppas över.');

let ipCounter = 0;
/** A fresh client address (the instances trust one proxy), so only the rate-limit test shares one. */
const nextIp = () => {
  ipCounter += 1;
  return `10.20.${(ipCounter >> 8) & 255}.${ipCounter & 255}`;
};

/** Counts the rebuild signals the instances send (VG_REBUILD_WEBHOOK_URL). */
function rebuildCounter() {
  const signals: { event: string; uid: string }[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => {
      body += chunk.toString();
    });
    req.on('end', () => {
      if (req.method === 'POST') signals.push((JSON.parse(body) as { client_payload: { event: string; uid: string } }).client_payload);
      res.writeHead(204).end();
    });
  });
  return { server, signals };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A 1×1 PNG: the smallest file the media library accepts. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** Logs in the first admin on `baseUrl`, as the admin panel does. */
async function adminLogin(baseUrl: string): Promise<{ token: string; cookie: string }> {
  const login = await fetch(`${baseUrl}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(AdminApi.FIRST_ADMIN),
  });
  expect(login.status).toBe(200);
  const token = ((await login.json()) as { data: { token: string } }).data.token;
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { token, cookie };
}

describe.runIf(services)('two CMS instances on one database and one Redis', () => {
  let cluster: CmsCluster;
  let s3: S3TestServer;
  let nyckel: string;
  const rebuild = rebuildCounter();
  const url = (i: number) => (cluster.instances[i] as { url: string }).url;

  beforeAll(async () => {
    await new Promise<void>((resolve) => rebuild.server.listen(0, '127.0.0.1', resolve));
    const hookPort = (rebuild.server.address() as AddressInfo).port;
    // Uploads in one bucket, as production runs more than one instance (local disk is one instance's own).
    s3 = await startS3Server();
    cluster = await startCmsCluster({
      env: {
        ...s3.env,
        VG_TRUSTED_PROXIES: '1',
        VG_SITE_URL: SITE,
        VG_SITE_ORIGINS: SITE,
        VG_INTAKE_RATE_PER_MINUTE: String(RATE),
        // The per-key limit is the same mechanism; kept out of the way so one key serves every test.
        VG_INTAKE_KEY_RATE_PER_MINUTE: '100000',
        VG_REBUILD_WEBHOOK_URL: `http://127.0.0.1:${hookPort}/rebuild`,
      },
    });
    nyckel = await issueIntakeKey(cluster.admin as AdminApi, demoOrganisationSlugs()[0] as string);
  });
  afterAll(async () => {
    await cluster?.dispose();
    await s3?.dispose();
    rebuild.server.close();
  });

  it('shares one rate limit: 20 submissions over both instances pass, the 21st is refused on either', async () => {
    const ip = nextIp();
    const answers: IntakeAnswer[] = [];
    for (let i = 0; i < RATE; i++) {
      answers.push(await postForslag(url(i % 2), validForslag(nyckel), { ip, idempotencyKey: `${RUN}-grans-${i}` }));
    }
    expect(answers.map((a) => a.status)).toEqual(Array(RATE).fill(201));
    for (const i of [0, 1]) {
      const refused = await postForslag(url(i), validForslag(nyckel), { ip, idempotencyKey: `${RUN}-grans-over-${i}` });
      expect(refused.status, `instans ${i + 1}`).toBe(429);
      const wait = Number(refused.headers.get('retry-after'));
      expect(wait).toBeGreaterThan(0);
      expect(wait).toBeLessThanOrEqual(60);
      expect(refused.body).toMatchObject({ error: { message: `För många anrop. Vänta ${wait} sekunder och försök igen.` } });
    }
  });

  it('stores one row for 50 concurrent retries of one Idempotency-Key split over both instances, with one receipt', async () => {
    const key = `${RUN}-samtidig`;
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) => postForslag(url(i % 2), validForslag(nyckel), { ip: nextIp(), idempotencyKey: key })),
    );
    const statuses = answers.map((a) => a.status);
    expect(
      statuses.filter((s) => s === 201),
      'exactly one stores it',
    ).toHaveLength(1);
    expect(
      statuses.filter((s) => s === 200),
      'the rest are replays',
    ).toHaveLength(49);
    const receipts = new Set(answers.map((a) => a.body?.kvitto));
    expect(receipts.size).toBe(1);
    expect([...receipts][0]).toMatch(/^VG-\d{4}-\d{6,}$/);
    expect(await storedForslag(cluster.databaseUrl, key)).toEqual([{ idempotensnyckel: key, kvitto: [...receipts][0] }]);
  });

  it('keeps an admin session valid on both: the token and the refresh cookie from one work on the other', async () => {
    const { token, cookie } = await adminLogin(url(0));
    const me = await new AdminApi(url(1), token).request('GET', '/admin/users/me');
    expect(me.status).toBe(200);
    expect((me.body as { data: { email: string } }).data.email).toBe(AdminApi.FIRST_ADMIN.email);

    // The admin panel renews its access token with the refresh cookie; the balancer may send that to either.
    expect(cookie).not.toBe('');
    const renewed = await fetch(`${url(1)}/admin/access-token`, { method: 'POST', headers: { cookie } });
    expect(renewed.status).toBe(200);
    const fresh = ((await renewed.json()) as { data: { token: string } }).data.token;
    expect((await new AdminApi(url(0), fresh).request('GET', '/admin/users/me')).status).toBe(200);
  });

  it('sends the rebuild signal once for a publish through one instance', async () => {
    const admin = cluster.admin as AdminApi;
    const list = await admin.get<{ results: { documentId: string; slug: string }[] }>(`${INSATS}?pageSize=100`);
    const documentId = list.results.find((r) => r.slug === 'jonsbo')?.documentId;
    expect(documentId).toBeDefined();
    const save = await admin.request('PUT', `${INSATS}/${documentId}`, { sammanfattning: 'Nu med två instanser.' });
    expect(save.status, JSON.stringify(save.body)).toBe(200);
    // Signals from the demo seed and the draft save are not this publish's: count from here.
    await sleep(1000);
    const before = rebuild.signals.length;
    const publish = await admin.request('POST', `${INSATS}/${documentId}/actions/publish`, {});
    expect(publish.status, JSON.stringify(publish.body)).toBe(200);
    for (let i = 0; i < 100 && rebuild.signals.length === before; i++) await sleep(100);
    // Long enough for a second signal, from either instance, to arrive if one were coming.
    await sleep(3000);
    expect(rebuild.signals.slice(before)).toEqual([{ event: 'entry.publish', uid: 'api::insats.insats' }]);
  });

  it('serves a file uploaded through one instance through the other, from the shared bucket', async () => {
    const { token } = await adminLogin(url(0));
    const form = new FormData();
    form.append('files', new Blob([PNG], { type: 'image/png' }), `${RUN}-tva-instanser.png`);
    const upload = await new AdminApi(url(0), token).requestForm('POST', '/upload', form);
    expect(upload.status, JSON.stringify(upload.body)).toBe(201);
    const [uploaded] = upload.body as { id: number; url: string; provider: string }[];
    if (!uploaded) throw new Error('no file in the answer');

    // Instance 2 knows the file (one database) and points at the bucket's public address, not at a disk of its own.
    const onB = await new AdminApi(url(1), token).get<{ id: number; url: string; provider: string; mime: string }>(
      `/upload/files/${uploaded.id}`,
    );
    expect(onB).toMatchObject({ id: uploaded.id, url: uploaded.url, provider: 'aws-s3', mime: 'image/png' });
    const publicBase = `${s3.endpoint}/${s3.bucket}/`;
    expect(onB.url.startsWith(publicBase), onB.url).toBe(true);
    const key = onB.url.slice(publicBase.length);
    expect(await s3.keys()).toContain(key);

    // The URL instance 2 gives serves exactly what the bucket holds: a PNG (the media library may re-encode it).
    const served = await fetch(onB.url);
    expect(served.status, onB.url).toBe(200);
    const bytes = Buffer.from(await served.arrayBuffer());
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'vg-tva-instanser-'));
    try {
      const copy = path.join(folder, 'objekt');
      expect(await downloadObject(s3.client, s3.bucket, key, copy)).toMatchObject({ size: bytes.length });
      expect(bytes.equals(fs.readFileSync(copy))).toBe(true);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
    // Nothing of it lies in either instance's own folder: /uploads/… is not there to serve.
    for (const i of [0, 1]) expect((await fetch(`${url(i)}/uploads/${key}`)).status, `instans ${i + 1}`).toBe(404);
  });

  it('loses nothing acknowledged when one instance is killed with SIGKILL mid-stream; the other keeps answering', async () => {
    const total = 60;
    const acknowledged = new Map<string, string>();
    const retried: string[] = [];
    let killed: Promise<void> | undefined;

    /** A client as the site's form is: on a broken connection, the same submission (same key) to the other instance. */
    const submit = async (n: number) => {
      const key = `${RUN}-strom-${n}`;
      const ip = nextIp();
      for (let attempt = 0; attempt < 4; attempt++) {
        const instance = (n + attempt) % 2;
        let answer: IntakeAnswer;
        try {
          answer = await postForslag(url(instance), validForslag(nyckel), { ip, idempotencyKey: key });
        } catch {
          retried.push(key);
          continue;
        }
        expect([200, 201], `${key}: ${JSON.stringify(answer.body)}`).toContain(answer.status);
        acknowledged.set(key, answer.body?.kvitto as string);
        // Kill instance 2 once a third of the stream is through, with requests still in flight.
        if (acknowledged.size === total / 3) killed ??= cluster.kill(1, 'SIGKILL');
        return;
      }
      throw new Error(`${key}: inget svar från någon instans`);
    };

    let next = 0;
    const worker = async () => {
      while (next < total) await submit(next++);
    };
    await Promise.all(Array.from({ length: 6 }, worker));
    await killed;

    expect(cluster.instances[1]?.running).toBe(false);
    expect(acknowledged.size, 'every submission was answered in the end').toBe(total);
    expect(retried.length, 'some went to the killed instance and were sent again').toBeGreaterThan(0);
    const stored = await storedForslag(cluster.databaseUrl, `${RUN}-strom-`);
    // Each key stored once, under the receipt its client was given: nothing acknowledged lost, nothing twice.
    expect(stored.length).toBe(total);
    expect(new Map(stored.map((r) => [r.idempotensnyckel, r.kvitto]))).toEqual(acknowledged);

    const after = await postForslag(url(0), validForslag(nyckel), { ip: nextIp(), idempotencyKey: `${RUN}-efter` });
    expect(after.status).toBe(201);
  });
});
