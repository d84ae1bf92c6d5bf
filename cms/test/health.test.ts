import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { startTempStrapi, type TempStrapi } from '@vg/scripts/cms/temp-strapi.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

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
});
