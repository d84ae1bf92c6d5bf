import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { generateSecrets } from '@vg/scripts/cms/dev-env.ts';
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
});
