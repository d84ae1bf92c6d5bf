import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { CreateBucketCommand, DeleteBucketCommand } from '@aws-sdk/client-s3';
import { refuseConnections } from '@vg/scripts/cms/database-fault.ts';
import { generateSecrets } from '@vg/scripts/cms/dev-env.ts';
import { type S3TestServer, startS3Server } from '@vg/scripts/cms/s3-server.ts';
import { startTempStrapi, type TempStrapi } from '@vg/scripts/cms/temp-strapi.ts';
import { postgresAvailable, redisAvailable, TEST_REDIS_URL } from '@vg/scripts/cms/test-databases.ts';
import { findFreePort } from '@vg/scripts/lib/ports.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ready = async (cms: TempStrapi) => {
  const res = await fetch(`${cms.url}/_ready`);
  return { status: res.status, body: (await res.json()) as { status: string; checks: Record<string, string> } };
};
/** Probes until the answer has this status (a finished probe answers for a second), or gives the last answer after 5 s. */
const readyUntil = async (cms: TempStrapi, status: number) => {
  const deadline = Date.now() + 5000;
  for (;;) {
    const answer = await ready(cms);
    if (answer.status === status || Date.now() > deadline) return answer;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
};

describe('CMS on a temporary SQLite database', () => {
  let cms: TempStrapi;
  beforeAll(async () => {
    cms = await startTempStrapi();
  });
  afterAll(async () => {
    await cms?.dispose();
  });

  it('answers 204 on /_health', async () => {
    const res = await fetch(`${cms.url}/_health`);
    expect(res.status).toBe(204);
  });

  it('is ready (/_ready 200) when the database answers and the uploads folder is writable; no Redis check without REDIS_URL', async () => {
    expect(await ready(cms)).toEqual({ status: 200, body: { status: 'redo', checks: { database: 'ok', storage: 'ok' } } });
  });

  it('keeps its SQLite file in WAL mode, so another process can read while the CMS writes', () => {
    // journal_mode=WAL is stored in the file: any connection sees what the CMS's connections set.
    const db = new DatabaseSync(cms.databaseFile ?? '');
    try {
      expect(db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
    } finally {
      db.close();
    }
    expect(fs.existsSync(`${cms.databaseFile}-wal`)).toBe(true);
  });
});

const services = (await postgresAvailable()) && (await redisAvailable());
if (!services) console.warn('⚠ PostgreSQL eller Redis svarar inte — beredskapstesterna mot dem hoppas över.');

describe.runIf(services)('readiness on PostgreSQL with Redis', () => {
  let cms: TempStrapi;
  let allowConnections: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    cms = await startTempStrapi({ database: 'postgres', env: { REDIS_URL: TEST_REDIS_URL } });
  });
  afterAll(async () => {
    await allowConnections?.();
    await cms?.dispose();
  });

  it('is ready when the database, the uploads folder and Redis all answer', async () => {
    expect(await ready(cms)).toEqual({ status: 200, body: { status: 'redo', checks: { database: 'ok', storage: 'ok', redis: 'ok' } } });
  });

  it('answers 503 naming the database while it refuses connections, and is ready again once it takes them', async () => {
    allowConnections = await refuseConnections(cms);
    expect(await readyUntil(cms, 503)).toEqual({
      status: 503,
      body: { status: 'inte-redo', checks: { database: 'fel', storage: 'ok', redis: 'ok' } },
    });
    // Liveness is another question: the process is up and should not be restarted for this.
    expect((await fetch(`${cms.url}/_health`)).status).toBe(204);

    await allowConnections();
    allowConnections = undefined;
    expect((await readyUntil(cms, 200)).status).toBe(200);
  });

  it('stays ready (rate limits fall back to memory) but reports redis, and nothing of its address, when REDIS_URL points where nothing answers', async () => {
    const port = await findFreePort();
    await cms.restart({ REDIS_URL: `redis://:hemligt-losen@127.0.0.1:${port}` });
    const started = Date.now();
    const res = await fetch(`${cms.url}/_ready`);
    const text = await res.text();
    expect(Date.now() - started).toBeLessThan(3000);
    expect(res.status).toBe(200);
    expect(JSON.parse(text)).toEqual({ status: 'redo', checks: { database: 'ok', storage: 'ok', redis: 'fel' } });
    expect(text).not.toMatch(new RegExp(`127\\.0\\.0\\.1|${port}|hemligt`));
    expect(cms.server.log()).not.toMatch(/hemligt/);
  });
});

describe('readiness with uploads on S3 (s3rver)', () => {
  let s3: S3TestServer;
  let cms: TempStrapi;
  /** The probe's answer as text too, to prove it names no host, port or key. */
  const probe = async () => {
    const started = Date.now();
    const res = await fetch(`${cms.url}/_ready`);
    const text = await res.text();
    return { status: res.status, body: JSON.parse(text) as unknown, text, ms: Date.now() - started };
  };
  /** Probes until the answer has this status (a result may be reused for a moment), or gives the last answer after 5 s. */
  const probeUntil = async (status: number) => {
    const deadline = Date.now() + 5000;
    for (;;) {
      const answer = await probe();
      if (answer.status === status || Date.now() > deadline) return answer;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };
  const port = () => new URL(s3.endpoint).port;
  beforeAll(async () => {
    s3 = await startS3Server();
    cms = await startTempStrapi({ env: s3.env });
  });
  afterAll(async () => {
    await cms?.dispose();
    await s3?.dispose();
  });

  it('is ready when the bucket answers HeadBucket with the upload credentials', async () => {
    expect(await ready(cms)).toEqual({ status: 200, body: { status: 'redo', checks: { database: 'ok', storage: 'ok' } } });
  });

  it('answers 503 naming storage while the bucket does not exist, and is ready again once it does', async () => {
    await s3.client.send(new DeleteBucketCommand({ Bucket: s3.bucket }));
    const missing = await probeUntil(503);
    expect(missing.status).toBe(503);
    expect(missing.body).toEqual({ status: 'inte-redo', checks: { database: 'ok', storage: 'fel' } });
    expect(missing.text).not.toMatch(new RegExp(`127\\.0\\.0\\.1|${port()}|${s3.bucket}`));
    // The log says which check failed and why in a code, not where the bucket is.
    expect(cms.server.log()).toContain('Inte redo: storage (S3_HTTP_404).');

    await s3.client.send(new CreateBucketCommand({ Bucket: s3.bucket }));
    expect((await probeUntil(200)).status).toBe(200);
  });

  it('answers 503 naming storage, and nothing of the key, when the key is not accepted', async () => {
    const secret = 'hemlig-s3-nyckel-Qx7';
    await cms.restart({ ...s3.env, S3_ACCESS_KEY_ID: 'OKAND-NYCKEL', S3_SECRET_ACCESS_KEY: secret });
    const refused = await probe();
    expect(refused.status).toBe(503);
    expect(refused.body).toEqual({ status: 'inte-redo', checks: { database: 'ok', storage: 'fel' } });
    expect(refused.text + cms.server.log()).not.toMatch(new RegExp(`${secret}|OKAND-NYCKEL|:${port()}`));
    expect(cms.server.log()).toMatch(/Inte redo: storage \(S3_HTTP_40[03]\)\./);
  });

  it('answers 503 naming storage within the probe time when the S3 server is down', async () => {
    await s3.dispose();
    const down = await probeUntil(503);
    expect(down.ms).toBeLessThan(3000);
    expect(down.status).toBe(503);
    expect(down.body).toEqual({ status: 'inte-redo', checks: { database: 'ok', storage: 'fel' } });
  });
});

describe('production start-up', () => {
  const strapiBin = path.resolve(import.meta.dirname, '..', 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');
  const startProduction = (env: Record<string, string>) =>
    spawnSync(process.execPath, [strapiBin, 'start'], {
      cwd: path.resolve(import.meta.dirname, '..'),
      env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', STRAPI_TELEMETRY_DISABLED: 'true', PORT: '1', ...env },
      encoding: 'utf8',
      timeout: 60_000,
    });

  it('refuses template secrets and names each variable', () => {
    const result = startProduction({
      APP_KEYS: 'toBeModified1,toBeModified2',
      ADMIN_JWT_SECRET: 'tobemodified',
      API_TOKEN_SALT: 'tobemodified',
      JWT_SECRET: 'tobemodified',
      TRANSFER_TOKEN_SALT: 'tobemodified',
    });
    const output = result.stdout + result.stderr;
    expect(result.status).not.toBe(0);
    for (const name of ['APP_KEYS', 'ADMIN_JWT_SECRET', 'API_TOKEN_SALT', 'JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'ENCRYPTION_KEY']) {
      expect(output).toContain(name);
    }
    expect(output).toContain('startar inte i produktionsläge');
  });

  it('refuses SQLite and http:// addresses to other hosts, naming each, before it opens the database', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vg-production-'));
    const databaseFile = path.join(dir, 'data', 'data.db');
    try {
      const result = startProduction({
        ...generateSecrets(),
        DATABASE_FILENAME: databaseFile,
        PUBLIC_URL: 'http://cms.example.se',
        VG_SITE_URL: 'http://valfardsguiden.example.se',
      });
      const output = result.stdout + result.stderr;
      expect(result.status).not.toBe(0);
      expect(output).toContain('startar inte i produktionsläge');
      expect(output).toContain('DATABASE_URL saknas');
      expect(output).toContain('VG_ALLOW_SQLITE_IN_PRODUCTION=true');
      expect(output).toContain('PUBLIC_URL är http://cms.example.se');
      expect(output).toContain('VG_SITE_URL är http://valfardsguiden.example.se');
      expect(output).not.toMatch(/ADMIN_JWT_SECRET|APP_KEYS/);
      // Stopped while reading its configuration: not even the SQLite folder was made.
      expect(fs.existsSync(path.dirname(databaseFile))).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses PostgreSQL with uploads on its own disk, naming S3_BUCKET and the opt-in', () => {
    // Port 1: nothing answers there, and nothing needs to — the check comes before the connection.
    const result = startProduction({ ...generateSecrets(), DATABASE_URL: 'postgres://vg@127.0.0.1:1/vg' });
    const output = result.stdout + result.stderr;
    expect(result.status).not.toBe(0);
    expect(output).toContain('startar inte i produktionsläge');
    expect(output).toContain('S3_BUCKET saknas, så uppladdade filer skulle sparas på CMS-instansens egen disk');
    expect(output).toContain('VG_ALLOW_LOCAL_UPLOADS_IN_PRODUCTION=true');
  });

  it('stops on a partial S3 configuration in any mode, naming each missing variable', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vg-s3-config-'));
    try {
      const result = startProduction({
        ...generateSecrets(),
        NODE_ENV: 'development',
        DATABASE_FILENAME: path.join(dir, 'data.db'),
        S3_BUCKET: 'vg-uppladdningar',
      });
      const output = result.stdout + result.stderr;
      expect(result.status).not.toBe(0);
      expect(output).toContain('Fel i inställningarna för uppladdade filer (S3)');
      for (const name of ['S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_REGION']) expect(output).toContain(`${name} saknas`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
