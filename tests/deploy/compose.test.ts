/**
 * deploy/compose.yaml against the CMS's production check and the site build's output: with every
 * variable deploy/.env.example asks for filled in, the CMS must pass checkCmsProductionEnv, compose
 * must refuse to start without each value that check needs, and Caddy must serve the site with the
 * headers the build wrote.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { findFreePort } from '@vg/scripts/lib/ports.ts';
import { CADDY_FILE } from '@vg/scripts/site/headers-file.ts';
import { DIST_DIR } from '@vg/scripts/site/publish-site.ts';
import { writeSecurityHeaders } from '@vg/scripts/site/security-headers.ts';
import { CMS_SECRET_NAMES, checkCmsProductionEnv, cmsOperationsEnv, intakeEnv } from '@vg/shared-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findCaddy } from './support/caddy.ts';
import { interpolate, neverEmpty, references } from './support/compose-interpolation.ts';
import { envPairs, instructions, parseDockerfile } from './support/dockerfile.ts';
import { ROOT, readText } from './support/repo.ts';

interface Service {
  build?: { context: string; dockerfile: string };
  image?: string;
  environment?: Record<string, string>;
  ports?: string[];
  volumes?: string[];
  command?: string[] | string;
  restart?: string;
  depends_on?: Record<string, { condition: string }> | string[];
}
interface Compose {
  services: Record<string, Service>;
}

const DEPLOY_DIR = path.join(ROOT, 'deploy');
const composeText = readText('deploy/compose.yaml');
const envExample = readText('deploy/.env.example');
const caddyfile = readText('deploy/Caddyfile');
const referenced = [...new Set(references(composeText).map((r) => r.name))];

/** Values as an operator fills deploy/.env in: names for the domains, random values for the rest. */
function filledIn(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const r of references(composeText)) {
    if (r.modifier === ':-' || r.modifier === '-' || env[r.name] !== undefined) continue;
    if (r.name.endsWith('_DOMAIN')) env[r.name] = `${r.name.replace(/_DOMAIN$/, '').toLowerCase()}.valfardsguiden.example`;
    else if (r.name.endsWith('_EMAIL')) env[r.name] = 'drift@valfardsguiden.example';
    else env[r.name] = randomBytes(20).toString('hex');
  }
  return env;
}

const filled = filledIn();
const compose = parse(interpolate(composeText, filled)) as Compose;
const raw = parse(composeText) as Compose;
const cms = compose.services.cms as Service;

/** The image's ENV (NODE_ENV=production …) under the service's environment, as the container sees it. */
function cmsEnvironment(): Record<string, string> {
  const runtime = parseDockerfile(readText('Dockerfile')).at(-1);
  if (!runtime) throw new Error('The Dockerfile has no stage.');
  const image = Object.fromEntries(instructions(runtime, 'ENV').flatMap((e) => envPairs(e.args)));
  return { ...image, ...cms.environment };
}

describe('deploy/compose.yaml', () => {
  it('documents every variable it reads in deploy/.env.example, with no value filled in', () => {
    expect(referenced.length).toBeGreaterThan(10);
    for (const name of referenced) expect(envExample, name).toMatch(new RegExp(`^(# )?${name}=`, 'm'));
    expect(envExample.match(/^[A-Z_]+=.+$/gm) ?? []).toEqual([]);
  });

  it('gives the CMS everything its production check requires', () => {
    const env = cmsEnvironment();
    expect(env.NODE_ENV).toBe('production');
    expect(checkCmsProductionEnv(env)).toEqual([]);
    // Read at start-up too; a bad value would stop the CMS.
    expect(intakeEnv(env).VG_SITE_URL).toBe(`https://${filled.SITE_DOMAIN}`);
    expect(cmsOperationsEnv(env).redisUrl).toMatch(/^redis:\/\/:[0-9a-f]+@redis:6379$/);
  });

  it('refuses to start without any value the production check needs', () => {
    const env = cmsEnvironment();
    // What the check needs, found by leaving each variable out in turn.
    const needed = Object.keys(cms.environment ?? {}).filter((name) => checkCmsProductionEnv({ ...env, [name]: undefined }).length > 0);
    expect(needed).toEqual(expect.arrayContaining([...CMS_SECRET_NAMES, 'DATABASE_URL']));
    const rawEnv = raw.services.cms?.environment ?? {};
    for (const name of needed) expect(neverEmpty(rawEnv[name] ?? ''), `${name}: ${rawEnv[name]}`).toBe(true);
    for (const name of CMS_SECRET_NAMES) expect(() => interpolate(composeText, { ...filled, [name]: '' }), name).toThrow(name);
  });

  it('builds the CMS from the repository Dockerfile and reaches it only through Caddy, the one proxy', () => {
    expect(path.resolve(DEPLOY_DIR, cms.build?.context ?? '')).toBe(ROOT);
    expect(cms.build?.dockerfile).toBe('Dockerfile');
    expect(cms.ports).toBeUndefined();
    expect(cms.environment?.VG_TRUSTED_PROXIES).toBe('1');
    expect(compose.services.caddy?.ports).toEqual(expect.arrayContaining(['80:80', '443:443']));
    expect(caddyfile.match(/reverse_proxy\s+cms:1337/g)).toHaveLength(1);
    const published = Object.entries(compose.services).filter(([, s]) => s.ports?.some((p) => !p.startsWith('127.0.0.1:')));
    expect(published.map(([name]) => name)).toEqual(['caddy']);
  });

  it('runs PostgreSQL 15, Redis and MinIO, whose bucket and key a one-shot service creates before the CMS starts', () => {
    const { postgres, redis, minio } = compose.services;
    const setup = compose.services['minio-setup'];
    expect(postgres?.image).toMatch(/^postgres:15(\b|-)/);
    expect(redis?.image).toMatch(/^redis:/);
    expect(minio?.image).toMatch(/^minio\/minio/);
    expect(cms.depends_on).toMatchObject({
      postgres: { condition: 'service_healthy' },
      redis: { condition: 'service_healthy' },
      'minio-setup': { condition: 'service_completed_successfully' },
    });
    expect(setup?.restart).toBe('no');
    const script = ([] as string[]).concat(setup?.command ?? []).join('\n');
    expect(spawnSync('sh', ['-n'], { input: script }).status, 'the script is valid sh').toBe(0);
    expect(script).toContain('mc mb --ignore-existing "local/$S3_BUCKET"');
    expect(script).toContain('mc admin user add local "$S3_ACCESS_KEY_ID" "$S3_SECRET_ACCESS_KEY"');
    for (const name of ['S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'])
      expect(setup?.environment?.[name], name).toBe(cms.environment?.[name]);
    expect(cms.environment?.DATABASE_URL).toContain(
      `:${postgres?.environment?.POSTGRES_PASSWORD}@postgres:5432/${postgres?.environment?.POSTGRES_DB}`,
    );
  });

  it("serves the folder the site build writes, with that build's header snippet", () => {
    const mount = compose.services.caddy?.volumes?.find((v) => v.endsWith(':/srv/site:ro'));
    expect(mount).toBeDefined();
    expect(path.join(path.resolve(DEPLOY_DIR, mount?.split(':')[0] ?? ''), 'dist')).toBe(DIST_DIR);
    expect(caddyfile).toMatch(/^\s*root \* \/srv\/site\/dist$/m);
    // In the site block and in its error handling (the 404 page gets the headers too); a pattern that
    // matches the build's file only, so Caddy starts before the first build.
    const imports = [...caddyfile.matchAll(/^\s*import \/srv\/site\/dist\/(\S+)$/gm)].map((m) => m[1] ?? '');
    expect(imports).toHaveLength(2);
    for (const pattern of imports) expect(path.matchesGlob(CADDY_FILE, pattern), pattern).toBe(true);
    expect(path.matchesGlob('_headers.nginx.conf', imports[0] ?? '')).toBe(false);
    expect(caddyfile).toContain(`@unbuilt not file /${CADDY_FILE}`);
  });
});

describe('deploy/Caddyfile in Caddy', () => {
  const caddy = findCaddy();
  let dir: string;
  let child: ChildProcess | undefined;
  let site: string;
  let output = '';
  let headers: { name: string; value: string }[];
  /** The answer before the first build landed. */
  let unbuilt: { status: number; body: string } | undefined;

  beforeAll(async () => {
    if (!caddy) return;
    // The compose file's mount (../site at /srv/site), played by a temporary folder.
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vg-caddy-'));
    const [sitePort, cmsPort, mediaPort, adminPort] = [
      await findFreePort(),
      await findFreePort(),
      await findFreePort(),
      await findFreePort(),
    ];
    // Its admin endpoint (for the reload) on a free port, not the shared default :2019.
    const config = path.join(dir, 'Caddyfile');
    const local = caddyfile.replaceAll('/srv/site', path.join(dir, 'site')).replace(/^\{\n/m, `{\n\tadmin 127.0.0.1:${adminPort}\n`);
    expect(local).toContain(`admin 127.0.0.1:${adminPort}`);
    fs.writeFileSync(config, local);
    site = `http://127.0.0.1:${sitePort}`;
    const env = {
      PATH: process.env.PATH,
      HOME: dir,
      XDG_DATA_HOME: path.join(dir, 'data'),
      XDG_CONFIG_HOME: path.join(dir, 'config'),
      SITE_DOMAIN: site,
      CMS_DOMAIN: `http://127.0.0.1:${cmsPort}`,
      MEDIA_DOMAIN: `http://127.0.0.1:${mediaPort}`,
      ACME_EMAIL: 'drift@valfardsguiden.example',
    };
    // First start: no site yet (the first build pulls from the CMS behind this Caddy).
    child = spawn(caddy, ['run', '--config', config, '--adapter', 'caddyfile'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    for (let i = 0; i < 100 && !unbuilt; i++) {
      if (child.exitCode !== null) break;
      const res = await fetch(site).catch(() => undefined);
      if (res) unbuilt = { status: res.status, body: await res.text() };
      else await sleep(100);
    }
    if (!unbuilt) throw new Error(`Caddy did not start with deploy/Caddyfile:\n${output.slice(-3000)}`);

    // A build lands (the real header writer on a small site), then the reload the deploy runs.
    const dist = path.join(dir, 'site', 'dist');
    fs.mkdirSync(dist, { recursive: true });
    fs.writeFileSync(
      path.join(dist, 'index.html'),
      '<!doctype html><html lang="sv"><title>Start</title><script>document.documentElement.dataset.js="1"</script></html>',
    );
    fs.writeFileSync(path.join(dist, '404.html'), '<!doctype html><html lang="sv"><title>Sidan finns inte</title></html>');
    headers = writeSecurityHeaders(dist, { VG_CMS_PUBLIC_URL: 'https://cms.valfardsguiden.example' }).headers;
    const reload = spawnSync(caddy, ['reload', '--config', config, '--adapter', 'caddyfile', '--address', `127.0.0.1:${adminPort}`], {
      env,
      encoding: 'utf8',
    });
    if (reload.status !== 0) throw new Error(`caddy reload failed:\n${reload.stderr}`);
  }, 60_000);

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child?.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  const needsCaddy = (ctx: { skip: () => void }) => {
    if (caddy) return;
    console.warn('⚠ Caddy saknas (/usr/bin/caddy; apt-get install caddy) — deploy/Caddyfile provades inte i Caddy.');
    ctx.skip();
  };

  it('starts before the first build and serves no page until one has landed', (ctx) => {
    needsCaddy(ctx);
    expect(unbuilt?.status).toBe(503);
    expect(unbuilt?.body).not.toContain('<html');
  });

  it('after the reload, serves pages and the 404 page with the headers the build wrote, and HSTS', async (ctx) => {
    needsCaddy(ctx);
    for (const [url, status] of [
      [`${site}/`, 200],
      [`${site}/finns-inte`, 404],
    ] as const) {
      const res = await fetch(url);
      expect(res.status, url).toBe(status);
      for (const h of headers) expect(res.headers.get(h.name), `${url}: ${h.name}`).toBe(h.value);
      expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000');
      if (status === 404) expect(await res.text()).toContain('Sidan finns inte');
    }
  });

  it('does not serve the header files meant for the host', async (ctx) => {
    needsCaddy(ctx);
    for (const file of ['_headers', '_headers.caddy', '_headers.nginx.conf'])
      expect((await fetch(`${site}/${file}`)).status, file).toBe(404);
  });
});
