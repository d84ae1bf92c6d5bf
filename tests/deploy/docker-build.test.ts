/**
 * The Dockerfile's stages run without Docker (support/emulate-docker.ts): from what `docker build .`
 * would send, the image's build installs, runs `pnpm run cms:build` and assembles the runtime, which
 * then starts as the image's CMD says and answers its HEALTHCHECK. About 2½ minutes, most of it the
 * admin panel's build in a fresh checkout.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { generateSecrets } from '@vg/scripts/cms/dev-env.ts';
import { findFreePort } from '@vg/scripts/lib/ports.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Container, emulateBuild, inStage, runInStage, type StageResult, startInStage } from './support/emulate-docker.ts';
import { ROOT, readPackage, readText } from './support/repo.ts';

const MINUTE = 60_000;

describe('the Dockerfile, built and started without Docker', () => {
  let work: string;
  let stages: Map<string, StageResult>;
  let runtime: StageResult;
  const log: string[] = [];

  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'vg-docker-'));
    try {
      stages = await emulateBuild(readText('Dockerfile'), { context: ROOT, work, log: (line) => log.push(line) });
    } catch (err) {
      throw new Error(`${(err as Error).message}\n--- the build's last lines ---\n${log.slice(-30).join('\n')}`);
    }
    runtime = [...stages.values()].at(-1) as StageResult;
  }, 15 * MINUTE);

  afterAll(() => {
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  it('builds the shared schema, the server and the admin panel', () => {
    const build = stages.get('build') as StageResult;
    for (const file of ['shared-schema/dist/index.js', 'cms/dist/src/index.js', 'cms/dist/config/server.js', 'cms/dist/build/index.html'])
      expect(fs.existsSync(inStage(build, `/app/${file}`)), file).toBe(true);
  });

  it('ships the CMS with its production dependencies only, and no local uploads', () => {
    const cms = inStage(runtime, '/app/cms');
    const pkg = readPackage('cms');
    // existsSync follows pnpm's links: each dependency must resolve inside the image, not from this repository.
    for (const name of Object.keys(pkg.dependencies ?? {}))
      expect(fs.existsSync(path.join(cms, 'node_modules', name, 'package.json')), name).toBe(true);
    for (const name of ['@vg/scripts', 'vitest', 'playwright-core'])
      expect(fs.existsSync(path.join(cms, 'node_modules', name)), `${name} (a dev dependency)`).toBe(false);
    expect(fs.readdirSync(path.join(cms, 'public', 'uploads'))).toEqual(['.gitkeep']);
  });

  it('ships the compiled migrations folder, which the CMS, running as `node` in a root-owned dist/, could not create', () => {
    // Strapi reads migrations from tsconfig's outDir (useTypescriptMigrations) and creates the folder when it is absent.
    expect(fs.statSync(inStage(runtime, '/app/cms/dist/database/migrations')).isDirectory()).toBe(true);
    expect(fs.existsSync(inStage(runtime, '/app/cms/tsconfig.json'))).toBe(true);
  });

  describe('started as the image starts it', () => {
    let container: Container;
    let url: string;
    let env: Record<string, string>;

    beforeAll(async () => {
      const port = await findFreePort();
      url = `http://127.0.0.1:${port}`;
      // Production mode on a throw-away SQLite file (allowed for one instance); HOST keeps it on this machine.
      env = {
        ...generateSecrets(),
        HOST: '127.0.0.1',
        PORT: String(port),
        VG_ALLOW_SQLITE_IN_PRODUCTION: 'true',
        DATABASE_FILENAME: path.join(work, 'data.db'),
      };
      container = startInStage(runtime, runtime.cmd ?? [], env);
      const deadline = Date.now() + 3 * MINUTE;
      while (Date.now() < deadline) {
        if (container.child.exitCode !== null) break;
        const res = await fetch(`${url}/_health`).catch(() => undefined);
        if (res?.status === 204) return;
        await sleep(500);
      }
      throw new Error(`The CMS did not answer /_health:\n${container.output().slice(-3000)}`);
    }, 4 * MINUTE);

    afterAll(async () => {
      await container?.stop();
    });

    it('is ready on its database and storage', async () => {
      const res = await fetch(`${url}/_ready`);
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ status: 'redo', checks: { database: 'ok', storage: 'ok' } });
    });

    it('serves the admin panel built in the image', async () => {
      const res = await fetch(`${url}/admin`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<div id="strapi">');
    });

    it(
      'creates the first admin with the command the image carries, who can then log in',
      async () => {
        const email = 'redaktionen@valfardsguiden.example';
        const password = `Vg-${randomBytes(9).toString('base64url')}-a1A`;
        // As an operator runs it: docker compose exec cms node ../scripts/src/cli/create-admin.ts …
        const command = ['node', '../scripts/src/cli/create-admin.ts', '--email', email, '--firstname', 'Rut'];
        const created = await runInStage(runtime, command, { ...env, VG_ADMIN_PASSWORD: password });
        expect(created.output).toContain(`Superadministratören ${email} är skapad`);
        expect(created.code).toBe(0);
        const login = await fetch(`${url}/admin/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email, password }),
        });
        expect(login.status).toBe(200);
      },
      2 * MINUTE,
    );

    it("passes the image's HEALTHCHECK while it runs, and fails it once stopped", async () => {
      const check = runtime.healthcheck ?? [];
      expect((await runInStage(runtime, check, env)).code).toBe(0);
      await container.stop();
      expect((await runInStage(runtime, check, env)).code).not.toBe(0);
    });
  });
});
