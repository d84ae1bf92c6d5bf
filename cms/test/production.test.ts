import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { generateSecrets } from '@vg/scripts/cms/dev-env.ts';
import { startTempStrapi, type TempStrapi } from '@vg/scripts/cms/temp-strapi.ts';
import { ROOT } from '@vg/scripts/lib/paths.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const PRODUCTION = { NODE_ENV: 'production', VG_ALLOW_SQLITE_IN_PRODUCTION: 'true' };
const ADMIN = { email: 'redaktionen@example.se', firstname: 'Rut', lastname: 'Redaktör' };
const PASSWORD = `Vg-${randomBytes(9).toString('base64url')}-a1A`;
// What a visitor typed: must never reach the log.
const VISITOR_EMAIL = `anna.${randomBytes(4).toString('hex')}@example.se`;
const COMMENT = `Hittade inte telefontiderna ${randomBytes(6).toString('hex')}`;

/** `scripts/vg admin:create`, as an operator runs it beside the production CMS (same database, its own secrets). */
function adminCreate(cms: TempStrapi, email: string): Promise<{ code: number | null; output: string }> {
  const child = spawn(
    process.execPath,
    [path.join(ROOT, 'scripts/src/cli/create-admin.ts'), '--email', email, '--firstname', ADMIN.firstname, '--lastname', ADMIN.lastname],
    {
      cwd: ROOT,
      env: { ...process.env, ...generateSecrets(), ...PRODUCTION, DATABASE_FILENAME: cms.databaseFile, VG_ADMIN_PASSWORD: PASSWORD },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, output })));
}

const login = (cms: TempStrapi, email: string) =>
  fetch(`${cms.url}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });

describe('a production CMS on an empty database', () => {
  let cms: TempStrapi;
  beforeAll(async () => {
    // No VG_LOG_FORMAT: production logs JSON lines by default.
    cms = await startTempStrapi({ env: PRODUCTION });
  });
  afterAll(async () => {
    await cms?.dispose();
  });

  it('is ready', async () => {
    const res = await fetch(`${cms.url}/_ready`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'redo', checks: { database: 'ok', storage: 'ok' } });
  });

  it('refuses to let a web visitor register the first admin', async () => {
    const res = await fetch(`${cms.url}/admin/register-admin`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...ADMIN, email: 'forst-till-kvarn@example.se', password: PASSWORD }),
    });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain('scripts/vg admin:create');
    const init = (await (await fetch(`${cms.url}/admin/init`)).json()) as { data: { hasAdmin: boolean } };
    expect(init.data.hasAdmin).toBe(false);
  });

  it('creates the first super admin from the command line, who can log in; a second is refused', async () => {
    const first = await adminCreate(cms, ADMIN.email);
    expect(first.output).toContain(`Superadministratören ${ADMIN.email} är skapad`);
    expect(first.code).toBe(0);
    const res = await login(cms, ADMIN.email);
    expect(res.status).toBe(200);
    const { data } = (await res.json()) as { data: { user: { email: string; roles?: unknown } } };
    expect(data.user.email).toBe(ADMIN.email);

    const second = await adminCreate(cms, 'nummer-tva@example.se');
    expect(second.code).toBe(1);
    expect(second.output).toContain('Det finns redan en administratör i databasen');
    expect((await login(cms, 'nummer-tva@example.se')).status).toBe(400);
  }, 120_000);

  it('logs one JSON object a line, with no visitor address, query string, submitted text or e-mail', async () => {
    await fetch(`${cms.url}/api/insatser?filters[slug][$eq]=${encodeURIComponent(VISITOR_EMAIL)}`);
    const feedback = await fetch(`${cms.url}/api/intake/aterkoppling`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ typ: 'hittade-du', sida: '/vanliga-fragor', svar: 'nej', kommentar: COMMENT }),
    });
    expect(feedback.status).toBe(201);
    // The last request's line is written after its answer.
    await new Promise((resolve) => setTimeout(resolve, 300));

    const lines = cms.server.stdout().filter((line) => line.trim() !== '');
    for (const line of lines) {
      const entry = JSON.parse(line) as Record<string, unknown>;
      expect(Object.keys(entry).slice(0, 3), line).toEqual(['time', 'level', 'message']);
      for (const secret of [VISITOR_EMAIL, COMMENT, ADMIN.email, PASSWORD, '127.0.0.1']) expect(line).not.toContain(secret);
    }
    const requests = lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((e) => e.level === 'http');
    expect(requests).toContainEqual(expect.objectContaining({ method: 'POST', route: '/api/intake/aterkoppling', status: 201 }));
    expect(requests).toContainEqual(expect.objectContaining({ method: 'GET', route: '/api/insatser', status: 200 }));
    expect(requests).toContainEqual(expect.objectContaining({ method: 'POST', route: '/admin/login', status: 200 }));
  });
});
