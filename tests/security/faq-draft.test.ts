/**
 * Hostile tests of Ställ en fråga's way into the FAQ: a visitor's question arrives through the
 * public feedback intake (`POST /api/intake/aterkoppling`, typ "fraga") and the redaktion turns
 * it into a draft Vanlig fråga with `POST /intake/aterkoppling/:documentId/faq-utkast` (an admin
 * route, cms/src/intake/faq-draft.ts). Only the redaktion (Redaktör, super admin) may make a
 * draft, whatever the spelling or method another role tries; nobody gets in without an admin
 * session or through the public API; the draft stays a draft; a question with personal details
 * is never stored. On SQLite and, when it runs, PostgreSQL.
 */
import { AdminApi } from '@vg/scripts/cms/admin-api.ts';
import { createEditor } from '@vg/scripts/cms/editors.ts';
import { startTempStrapi, type TempStrapi } from '@vg/scripts/cms/temp-strapi.ts';
import { testDatabases } from '@vg/scripts/cms/test-databases.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ATERKOPPLING = '/content-manager/collection-types/api::aterkoppling.aterkoppling';
const FRAGA = '/content-manager/collection-types/api::fraga.fraga';
const route = (documentId: string) => `/intake/aterkoppling/${documentId}/faq-utkast`;
const QUESTION = 'Kan jag studera på folkhögskola och ha kvar aktivitetsersättningen?';

interface Entry {
  documentId: string;
  typ?: string;
  kommentar?: string | null;
  fraga?: string;
  slug?: string;
  status?: string;
  svar?: unknown;
}

describe.each(await testDatabases())('Ställ en fråga → FAQ draft against the wrong people and the wrong requests, on %s', (database) => {
  let cms: TempStrapi;
  let superAdmin: AdminApi;
  let redaktor: AdminApi;
  let others: [string, AdminApi][];
  let question: string;

  /** Sends a question as the site's form script would, and returns the stored entry's documentId. */
  const ask = async (kommentar: string | undefined, typ = 'fraga', extra: Record<string, string> = {}) => {
    const res = await fetch(`${cms.url}/api/intake/aterkoppling`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ typ, sida: '/vanliga-fragor', kommentar, ...extra }),
    });
    return { status: res.status, body: (await res.json()) as { error?: { details?: { errors?: { path: string[]; message: string }[] } } } };
  };
  const stored = async () => (await superAdmin.get<{ results: Entry[] }>(`${ATERKOPPLING}?page=1&pageSize=100`)).results;
  const stored1 = async (kommentar: string) => (await stored()).find((e) => e.kommentar === kommentar);
  const drafts = async () => (await superAdmin.get<{ results: Entry[] }>(`${FRAGA}?page=1&pageSize=100&locale=sv`)).results;

  beforeAll(async () => {
    cms = await startTempStrapi({ database, env: { VG_SEED_DEMO: 'true' } });
    superAdmin = await AdminApi.registerFirstAdmin(cms.url);
    redaktor = (await createEditor(superAdmin, 'redaktor@example.se', 'vg-redaktor')).api;
    const role = await superAdmin.request('POST', '/admin/roles', { name: 'Läsare', description: 'Bara läsning (test)' });
    expect([200, 201], JSON.stringify(role.body)).toContain(role.status);
    others = [
      ['Skribent', (await createEditor(superAdmin, 'skribent@example.se', 'vg-skribent')).api],
      ['Förbundsredaktör', (await createEditor(superAdmin, 'forbund@example.se', 'vg-forbundsredaktor')).api],
      ['Läsare', (await createEditor(superAdmin, 'lasare@example.se', (role.body as { data: { code: string } }).data.code)).api],
    ];
    expect((await ask(QUESTION)).status).toBe(201);
    question = (await stored1(QUESTION))?.documentId ?? '';
    expect(question).not.toBe('');
  });
  afterAll(async () => {
    await cms?.dispose();
  });

  it('refuses every role but the redaktion, whatever the spelling or method, and makes nothing', async () => {
    const before = (await drafts()).length;
    const spellings = [
      route(question),
      route(question).toUpperCase(),
      `/Intake/Aterkoppling/${question}/FAQ-utkast`,
      `${route(question)}/`,
      `/intake//aterkoppling/${question}/faq-utkast`,
      `/intake/aterkoppling/./${question}/faq-utkast`,
      `/intake/aterkoppling/x/../${question}/faq-utkast`,
      `/intake/aterkoppling/${question}/%66aq-utkast`,
      `/intake%2Faterkoppling/${question}/faq-utkast`,
      `${route(question)}?roll=vg-redaktor`,
      `/admin${route(question)}`,
      `/content-manager${route(question)}`,
    ];
    for (const [name, api] of others) {
      for (const p of spellings) {
        const res = await api.request('POST', p, {});
        expect([401, 403, 404, 405], `${name} ${p}: ${res.status}`).toContain(res.status);
      }
      const direct = await api.request('POST', route(question), {});
      expect(direct.status, name).toBe(403);
      expect((direct.body as { error?: { message?: string } }).error?.message, name).toContain('Bara redaktionen');
      for (const method of ['GET', 'PUT', 'PATCH', 'DELETE'] as const)
        expect([401, 403, 404, 405], `${name} ${method}`).toContain((await api.request(method, route(question))).status);
      // Nor by writing the link into the question by hand.
      const put = await api.request('PUT', `${ATERKOPPLING}/${question}`, { faqUtkast: null, typ: 'fraga' });
      expect([401, 403, 404, 405], `${name} PUT`).toContain(put.status);
    }
    expect((await drafts()).length).toBe(before);
    expect((await stored1(QUESTION))?.documentId).toBe(question);
  });

  it('lets nobody in without an admin session, nor through the public API', async () => {
    const post = (p: string, headers: Record<string, string> = {}) =>
      fetch(`${cms.url}${p}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{}' });
    expect((await post(route(question))).status).toBe(401);
    expect((await post(route(question), { authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.x' })).status).toBe(401);
    for (const p of [`/api${route(question)}`, `/api/aterkopplingar/${question}`, '/api/aterkopplingar', '/api/fragor?status=draft'])
      expect([401, 403, 404, 405], p).toContain((await post(p)).status);
  });

  it('gives the redaktion one draft per question, with the question as its text, and never publishes it', async () => {
    const made = await redaktor.request('POST', route(question), {});
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const { fraga, skapad } = (made.body as { data: { fraga: string; skapad: boolean } }).data;
    expect(skapad).toBe(true);
    const draft = (await drafts()).find((d) => d.documentId === fraga);
    expect(draft).toMatchObject({ fraga: QUESTION, status: 'draft' });
    expect(draft?.slug).toMatch(/^kan-jag-studera-pa-folkhogskola/);

    // Asked again (a double click, a second editor, the super admin): the same draft, no second one.
    for (const api of [redaktor, superAdmin]) {
      const again = await api.request('POST', route(question), {});
      expect(again.status).toBe(200);
      expect((again.body as { data: { fraga: string; skapad: boolean } }).data).toEqual({ fraga, skapad: false });
    }
    expect((await drafts()).filter((d) => d.fraga === QUESTION)).toHaveLength(1);

    const publicList = await fetch(`${cms.url}/api/fragor?filters[slug][$eq]=${draft?.slug}&status=draft`);
    expect(JSON.stringify(await publicList.json())).not.toContain(QUESTION);
  });

  it('keeps a question too long for a heading whole in the draft', async () => {
    const long = `${'Jag undrar hur det fungerar när man har varit sjukskriven länge och vill börja arbetsträna lite i taget, '.repeat(3)}vad gäller då?`;
    expect((await ask(long)).status).toBe(201);
    const id = (await stored1(long))?.documentId ?? '';
    const made = await redaktor.request('POST', route(id), {});
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const draft = await superAdmin.get<{ data: Entry }>(`${FRAGA}/${(made.body as { data: { fraga: string } }).data.fraga}?locale=sv`);
    expect(draft.data.fraga?.length).toBeLessThanOrEqual(200);
    expect(draft.data.fraga).toMatch(/^Jag undrar hur det fungerar .*\S…$/);
    expect(JSON.stringify(draft.data.svar)).toContain('vad gäller då?');
  });

  it('refuses other feedback, unknown and malformed ids with a message', async () => {
    expect((await ask(undefined, 'hittade-du', { svar: 'nej' })).status).toBe(201);
    const feedback = (await stored()).find((e) => e.typ === 'hittade-du')?.documentId ?? '';
    const other = await redaktor.request('POST', route(feedback), {});
    expect(other.status).toBe(400);
    expect((other.body as { error?: { message?: string } }).error?.message).toContain('Bara en fråga från Ställ en fråga');
    expect((await redaktor.request('POST', route('abcdefghijklmnopqrstuvwx'), {})).status).toBe(404);
    for (const bad of ['1%20OR%201=1', '*', '%27', 'a'.repeat(200)])
      expect([400, 404], bad).toContain((await redaktor.request('POST', route(bad), {})).status);
  });

  it('never stores a question with a personnummer, phone number or e-mail address, and says which field', async () => {
    const before = (await stored()).length;
    for (const text of ['Mitt personnummer är 850412-1234, vad får jag?', 'Ring mig på 070-123 45 67', 'Svara på anna@example.se']) {
      const res = await ask(text);
      expect(res.status, text).toBe(400);
      expect(res.body.error?.details?.errors?.[0]?.path, text).toEqual(['kommentar']);
      expect(res.body.error?.details?.errors?.[0]?.message, text).toMatch(/Ta bort det/);
    }
    expect((await stored()).length).toBe(before);
  });
});
