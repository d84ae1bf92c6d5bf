import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { type SeededCms, startSeededCms } from '@vg/scripts/cms/seeded-cms.ts';
import { pull } from '@vg/scripts/pull/pull.ts';
import { buildSite } from '@vg/scripts/site/build-site.ts';
import { parseSnapshot } from '@vg/shared-schema';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** A proxy that forwards the first `allowed` requests to the CMS and then drops every connection: a CMS dying mid-pull. */
async function flakyProxy(target: string, allowed: number): Promise<{ url: string; close: () => Promise<void> }> {
  let seen = 0;
  const server = http.createServer((req, res) => {
    seen++;
    if (seen > allowed) {
      req.socket.destroy();
      return;
    }
    const upstream = http.request(`${target}${req.url}`, { method: req.method, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('pipeline: seeded CMS → pull → snapshot → site', () => {
  let seeded: SeededCms;
  let dir: string;
  const snapshotFile = () => path.join(dir, 'snapshot.json');
  const reportFile = () => path.join(dir, 'report.json');

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vg-pipeline-'));
    seeded = await startSeededCms();
  });
  afterAll(async () => {
    await seeded?.cms.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('pulls every published entry into a snapshot the site builds from', async () => {
    const result = await pull({
      cmsUrl: seeded.cms.url,
      token: seeded.token,
      out: snapshotFile(),
      reportFile: reportFile(),
      allowInvalid: false,
    });
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.written).toBe(true);
    const snapshot = parseSnapshot(JSON.parse(fs.readFileSync(snapshotFile(), 'utf8')));
    const seedCount = (file: string) =>
      (JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../cms/data', file), 'utf8')) as unknown[]).length;
    expect(snapshot.collections.insatser).toHaveLength(seedCount('insatser.json'));
    expect(snapshot.collections.kommuner).toHaveLength(290);
    // The story without consent is never published, so never pulled.
    expect(snapshot.collections.berattelser).toHaveLength(seedCount('berattelser.json') - 1);
    const out = path.join(dir, 'site');
    await buildSite(out, { SNAPSHOT_PATH: snapshotFile() });
    expect(fs.existsSync(path.join(out, 'index.html'))).toBe(true);
    // The CMS dated the seeded free places when it wrote them, so today's pull shows them with their day.
    const withPlaces = snapshot.collections.insatser.find((i) => i.data.platser?.lediga != null);
    expect(withPlaces?.data.platser?.uppdaterad).toEqual(expect.any(String));
    const page = fs.readFileSync(path.join(out, String(withPlaces?.path).slice(1), 'index.html'), 'utf8');
    expect(page).toMatch(/lediga platser just nu\.[^<]*Uppdaterad \d{1,2} [a-zåäö]+\./);
  });

  it('publishes free places and queues nobody has updated for over 30 days as unknown', async () => {
    const later = path.join(dir, 'later.json');
    const result = await pull({
      cmsUrl: seeded.cms.url,
      token: seeded.token,
      out: later,
      reportFile: reportFile(),
      allowInvalid: false,
      now: new Date(Date.now() + 31 * 86_400_000),
    });
    expect(result.written).toBe(true);
    const insatser = parseSnapshot(JSON.parse(fs.readFileSync(later, 'utf8'))).collections.insatser;
    expect(insatser.filter((i) => i.data.platser?.antal != null).length).toBeGreaterThan(0);
    expect(insatser.filter((i) => i.data.platser?.lediga != null || i.data.platser?.ko)).toEqual([]);
  });

  it('uses a build token that can read but never write', async () => {
    const auth = { authorization: `Bearer ${seeded.token}`, 'content-type': 'application/json' };
    expect((await fetch(`${seeded.cms.url}/api/insatser?pagination[pageSize]=1`, { headers: auth })).status).toBe(200);
    const write = await fetch(`${seeded.cms.url}/api/insatser`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ data: { namn: 'x' } }),
    });
    expect(write.status).toBe(403);
  });

  it('leaves the previous snapshot intact when the CMS goes away mid-pull', async () => {
    const before = fs.readFileSync(snapshotFile());
    const proxy = await flakyProxy(seeded.cms.url, 3);
    try {
      await expect(
        pull({ cmsUrl: proxy.url, token: seeded.token, out: snapshotFile(), reportFile: reportFile(), allowInvalid: false }),
      ).rejects.toThrow(/svarade inte/);
    } finally {
      await proxy.close();
    }
    expect(fs.readFileSync(snapshotFile()).equals(before)).toBe(true);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('names each entry broken in the database with its field path, and --allow-invalid builds without them', async () => {
    // Break published entries behind the CMS's back, as a bad migration or import could.
    const db = new Database(seeded.cms.databaseFile ?? '');
    try {
      db.prepare(`UPDATE insatser SET slug = 'Ogiltig Slug!' WHERE slug = 'jonsbo' AND published_at IS NOT NULL`).run();
      db.prepare(
        `UPDATE components_shared_kontakt SET epost = 'inte-en-epost' WHERE id IN (
           SELECT c.cmp_id FROM insatser_cmps c JOIN insatser i ON i.id = c.entity_id
           WHERE i.slug = 'drivbank' AND i.published_at IS NOT NULL AND c.field = 'kontakt')`,
      ).run();
      db.prepare(`UPDATE aktorer SET sammanfattning = '' WHERE slug = 'csn' AND published_at IS NOT NULL`).run();
    } finally {
      db.close();
    }
    const before = fs.readFileSync(snapshotFile());
    const failed = await pull({
      cmsUrl: seeded.cms.url,
      token: seeded.token,
      out: snapshotFile(),
      reportFile: reportFile(),
      allowInvalid: false,
    });
    expect(failed.written).toBe(false);
    expect(fs.readFileSync(snapshotFile()).equals(before)).toBe(true);
    const report = JSON.parse(fs.readFileSync(reportFile(), 'utf8')) as {
      errors: { contentType: string; slug: string; field: string; adminUrl: string }[];
    };
    const named = report.errors.map((e) => `${e.contentType} ${e.slug} ${e.field}`);
    expect(named).toEqual(
      expect.arrayContaining([
        'api::insats.insats Ogiltig Slug! slug',
        'api::insats.insats drivbank kontakt.epost',
        'api::aktor.aktor csn sammanfattning',
      ]),
    );
    for (const e of report.errors) expect(e.adminUrl).toMatch(/\/admin\/content-manager\/collection-types\/api::/);

    const allowed = await pull({
      cmsUrl: seeded.cms.url,
      token: seeded.token,
      out: snapshotFile(),
      reportFile: reportFile(),
      allowInvalid: true,
    });
    expect(allowed.written).toBe(true);
    const snapshot = parseSnapshot(JSON.parse(fs.readFileSync(snapshotFile(), 'utf8')));
    const slugs = snapshot.collections.insatser.map((i) => i.data.slug);
    expect(slugs).not.toContain('drivbank');
    expect(slugs).not.toContain('Ogiltig Slug!');
    // Every reference anywhere in the snapshot resolves to an entry the snapshot has: no link to anything excluded.
    const present = new Set(Object.values(snapshot.collections).flatMap((items) => items.map((i) => i.data.documentId)));
    const dangling: string[] = [];
    const walk = (v: unknown, top: boolean) => {
      if (Array.isArray(v)) for (const x of v) walk(x, false);
      else if (typeof v === 'object' && v !== null) {
        const o = v as Record<string, unknown>;
        if (!top && typeof o.documentId === 'string' && !present.has(o.documentId)) dangling.push(o.documentId);
        for (const x of Object.values(o)) walk(x, false);
      }
    };
    for (const items of Object.values(snapshot.collections)) for (const item of items) walk(item.data, true);
    expect(dangling).toEqual([]);
  });
});
