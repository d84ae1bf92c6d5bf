import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { type SeededCms, startSeededCms } from '@vg/scripts/cms/seeded-cms.ts';
import { createRebuildQueue } from '@vg/scripts/rebuild/rebuild-queue.ts';
import { createWebhookServer } from '@vg/scripts/rebuild/webhook-server.ts';
import { publishSite } from '@vg/scripts/site/publish-site.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const INSATS = '/content-manager/collection-types/api::insats.insats';

describe('an editor publishes → the site rebuilds by itself', () => {
  let seeded: SeededCms;
  let dir: string;
  let hooks: ReturnType<typeof createWebhookServer>;
  let builds = 0;
  const queue = createRebuildQueue(async () => {
    await publishSite({
      cmsUrl: seeded.cms.url,
      token: seeded.token,
      snapshotFile: path.join(dir, 'snapshot.json'),
      distDir: path.join(dir, 'dist'),
    });
    builds++;
  }, 200);

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vg-rebuild-'));
    hooks = createWebhookServer('testhemlighet', () => queue.notify());
    await new Promise<void>((resolve) => hooks.listen(0, '127.0.0.1', resolve));
    const port = (hooks.address() as AddressInfo).port;
    seeded = await startSeededCms({
      env: { VG_REBUILD_WEBHOOK_URL: `http://127.0.0.1:${port}/rebuild`, VG_REBUILD_WEBHOOK_SECRET: 'testhemlighet' },
    });
    queue.notify();
    await new Promise((r) => setTimeout(r, 300));
    await queue.idle();
  });
  afterAll(async () => {
    hooks?.close();
    await seeded?.cms.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('shows a published change without restarting anything; a saved draft changes nothing', async () => {
    const page = () => fs.readFileSync(path.join(dir, 'dist', 'vagval', 'jonsbo', 'index.html'), 'utf8');
    expect(page()).not.toContain('Nu med tre nya platser');
    const list = await seeded.admin.get<{ results: { documentId: string; slug: string }[] }>(`${INSATS}?pageSize=100`);
    const jonsbo = list.results.find((r) => r.slug === 'jonsbo')?.documentId;

    const buildsBefore = builds;
    const save = await seeded.admin.request('PUT', `${INSATS}/${jonsbo}`, { sammanfattning: 'Nu med tre nya platser i växthuset.' });
    expect(save.status, JSON.stringify(save.body)).toBe(200);
    await new Promise((r) => setTimeout(r, 1500));
    await queue.idle();
    expect(builds, 'saving a draft does not rebuild').toBe(buildsBefore);

    const started = Date.now();
    const publish = await seeded.admin.request('POST', `${INSATS}/${jonsbo}/actions/publish`, {});
    expect(publish.status, JSON.stringify(publish.body)).toBe(200);
    for (let i = 0; i < 120 && builds === buildsBefore; i++) await new Promise((r) => setTimeout(r, 250));
    await queue.idle();
    expect(page()).toContain('Nu med tre nya platser i växthuset.');
    console.log(`Från publicering till synligt på webbplatsen: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });
});
