import { startTempStrapi, type TempStrapi } from '@vg/scripts/cms/temp-strapi.ts';
import { TEST_REDIS_URL } from '@vg/scripts/cms/test-databases.ts';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pathSpellings, rawRequest } from './support/http.ts';

// The routes a production CMS answers without a login before anyone has signed in: the
// readiness probe and Strapi's first-admin registration (closed in production, issue 14/15).
const PRODUCTION = { NODE_ENV: 'production', VG_ALLOW_SQLITE_IN_PRODUCTION: 'true', REDIS_URL: TEST_REDIS_URL };
const WOULD_BE_ADMIN = { email: 'angripare@example.se', password: 'Angripare-2026-lösen', firstname: 'A', lastname: 'B' };

const JSON_TYPE = { 'content-type': 'application/json' };
const FORM_TYPE = { 'content-type': 'application/x-www-form-urlencoded' };

/** Connections Redis has accepted since it started: each readiness check opens one. */
async function redisConnectionsSoFar(): Promise<number> {
  const redis = new Redis(TEST_REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    const stats = await redis.info('stats');
    return Number(/total_connections_received:(\d+)/.exec(stats)?.[1]);
  } finally {
    redis.disconnect();
  }
}

describe('a production CMS on an empty database, from outside', () => {
  let cms: TempStrapi;
  beforeAll(async () => {
    cms = await startTempStrapi({ env: PRODUCTION });
  });
  afterAll(async () => {
    await cms?.dispose();
  });

  it('lets no spelling, method or body type of register-admin create the first admin', async () => {
    const json = JSON.stringify(WOULD_BE_ADMIN);
    const form = new URLSearchParams(WOULD_BE_ADMIN).toString();
    const answers: string[] = [];
    for (const path of pathSpellings('/admin/register-admin')) {
      for (const method of ['POST', 'PUT', 'PATCH']) {
        for (const [headers, body] of [
          [JSON_TYPE, json],
          [FORM_TYPE, form],
        ] as const) {
          const res = await rawRequest(cms.url, method, path, { headers, body });
          if (res.status < 400) answers.push(`${method} ${path} (${headers['content-type']}) → ${res.status}`);
        }
      }
    }
    expect(answers).toEqual([]);

    const init = await fetch(`${cms.url}/admin/init`);
    expect(((await init.json()) as { data: { hasAdmin: boolean } }).data.hasAdmin).toBe(false);
    const login = await fetch(`${cms.url}/admin/login`, {
      method: 'POST',
      headers: JSON_TYPE,
      body: JSON.stringify({ email: WOULD_BE_ADMIN.email, password: WOULD_BE_ADMIN.password }),
    });
    expect(login.status).toBeGreaterThanOrEqual(400);
  });

  it('tells whoever tries register-admin to use the command line, and nothing else', async () => {
    const res = await rawRequest(cms.url, 'POST', '/admin/register-admin', { headers: JSON_TYPE, body: JSON.stringify(WOULD_BE_ADMIN) });
    expect(res.status).toBe(403);
    expect(res.text).toContain('scripts/vg admin:create');
    expect(res.text).not.toContain(WOULD_BE_ADMIN.email);
  });

  it('answers the readiness probe on GET only, with no host, address or error text, whatever the query', async () => {
    for (const path of ['/_ready', '/_ready?verbose=true', '/_ready?debug=1&checks=all']) {
      const res = await rawRequest(cms.url, 'GET', path);
      expect(res.status).toBe(200);
      expect(JSON.parse(res.text)).toEqual({ status: 'redo', checks: { database: 'ok', storage: 'ok', redis: 'ok' } });
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.text).not.toMatch(/127\.0\.0\.1|6379|redis:\/\/|sqlite|\.db|Error/i);
    }
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      const res = await rawRequest(cms.url, method, '/_ready', { headers: JSON_TYPE, body: '{}' });
      expect(res.status, method).toBeGreaterThanOrEqual(400);
      expect(res.text, method).not.toContain('redo');
    }
  });

  it('does not turn a flood of readiness probes into a flood of Redis connections', async () => {
    // Let any probe result from the test before go stale, so this flood runs the checks afresh.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const before = await redisConnectionsSoFar();
    const answers = await Promise.all(Array.from({ length: 100 }, () => rawRequest(cms.url, 'GET', '/_ready')));
    const after = await redisConnectionsSoFar();
    expect(answers.every((a) => a.status === 200)).toBe(true);
    // One check (plus our own two INFO connections and whatever else on the machine uses Redis
    // meanwhile); without sharing, each of the 100 probes would open its own.
    expect(after - before).toBeLessThan(20);
  });
});
