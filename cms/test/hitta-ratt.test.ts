import fs from 'node:fs';
import path from 'node:path';
import { AdminApi } from '@vg/scripts/cms/admin-api.ts';
import { startTempStrapi, type TempStrapi } from '@vg/scripts/cms/temp-strapi.ts';
import { testDatabases } from '@vg/scripts/cms/test-databases.ts';
import { GuideFlowSchema } from '@vg/shared-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SINGLE = '/content-manager/single-types/api::hitta-ratt.hitta-ratt';
/** The populate the pipeline sends (POPULATE['api::hitta-ratt.hitta-ratt']), spelled out as Strapi reads it. */
const PUBLIC = '/api/hitta-ratt?populate[fragor][populate][alternativ]=true&populate[regler]=true&populate[utfall]=true';

type FlowData = { rubrik: string; start: string; regler: { fraga: string; villkor: string; varde?: string; nasta: string }[] } & Record<
  string,
  unknown
>;
const demo = (): FlowData =>
  JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '..', 'data', 'hitta-ratt.json'), 'utf8')) as FlowData;

interface StrapiError {
  error: { message: string; details: { errors: { path: string[]; message: string }[] } };
}

describe.each(await testDatabases())('Hitta rätt in the CMS on %s', (database) => {
  let cms: TempStrapi;
  let admin: AdminApi;
  const publicFlow = async () => {
    const res = await fetch(`${cms.url}${PUBLIC}`);
    expect(res.status, `GET ${PUBLIC}`).toBe(200);
    return GuideFlowSchema.parse(((await res.json()) as { data: unknown }).data);
  };

  beforeAll(async () => {
    cms = await startTempStrapi({ database, env: { VG_SEED_DEMO: 'true' } });
    admin = await AdminApi.registerFirstAdmin(cms.url);
  });
  afterAll(async () => {
    await cms?.dispose();
  });

  it('publishes the seeded flow, readable by the public and valid by the shared schema', async () => {
    const flow = await publicFlow();
    const data = demo();
    expect(flow.publishedAt).toBeTruthy();
    expect(flow.start).toBe(data.start);
    expect(flow.regler.map((r) => `${r.fraga}→${r.nasta}`)).toEqual(data.regler.map((r) => `${r.fraga}→${r.nasta}`));
    // The options inside each question come along: the nested populate reaches them.
    expect(flow.fragor.find((q) => q.nyckel === 'inkomst')?.alternativ.map((a) => a.nyckel)).toContain('sjukpenning');
    expect(flow.utfall.length).toBeGreaterThanOrEqual(3);
  });

  it('refuses a rule pointing at a missing question already when the draft is saved, at the field, in Swedish', async () => {
    const broken = demo();
    const index = broken.regler.findIndex((r) => r.fraga === 'inkomst');
    broken.regler[index] = { fraga: 'inkomst', villkor: 'alltid', nasta: 'halsan' };
    const expected = {
      path: ['regler', String(index), 'nasta'],
      message: `Regel ${index + 1} (frågan "inkomst") leder till "halsan", som inte finns bland frågorna eller utfallen. Rätta nyckeln under "Nästa".`,
      name: 'ValidationError',
    };

    const saved = await admin.request('PUT', SINGLE, broken);
    expect(saved.status, JSON.stringify(saved.body)).toBe(400);
    expect((saved.body as StrapiError).error.details.errors).toEqual([expected]);

    const res = await admin.request('POST', `${SINGLE}/actions/publish`, broken);
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    const { error } = res.body as StrapiError;
    expect(error.details.errors).toContainEqual(expected);
    expect(error.message).toContain('Regler: Regel');
    // The published flow is untouched: visitors never see the broken one.
    expect((await publicFlow()).regler[index]?.nasta).toBe('halsa');
  });

  it('saves an unfinished draft (a rule without "Nästa" yet), and heads each rule "fråga → svar → nästa"', async () => {
    const unfinished = demo();
    unfinished.regler.push({ fraga: 'inkomst', villkor: 'svar-ar', varde: 'sjukpenning' } as FlowData['regler'][number]);
    const saved = await admin.request('PUT', SINGLE, unfinished);
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);

    const draft = await admin.get<{ data: { regler: { fraga: string; nasta: string; rubrik: string }[] } }>(SINGLE);
    const headings = draft.data.regler.map((r) => r.rubrik);
    expect(headings).toContain('inkomst → svar = sjukpenning → ?');
    for (const r of draft.data.regler) expect(r.rubrik.startsWith(`${r.fraga} → `)).toBe(true);
    // The heading is the rule's title in the collapsed list, and only the CMS writes it.
    const config = await admin.get<{
      data: { components: Record<string, { settings: { mainField: string }; metadatas: Record<string, { edit: { editable: boolean } }> }> };
    }>('/content-manager/content-types/api::hitta-ratt.hitta-ratt/configuration');
    expect(config.data.components['guide.regel']?.settings.mainField).toBe('rubrik');
    expect(config.data.components['guide.regel']?.metadatas.rubrik?.edit.editable).toBe(false);
    // Never public: the site's API leaves the heading out.
    const raw = (await (await fetch(`${cms.url}${PUBLIC}`)).json()) as { data: { regler: Record<string, unknown>[] } };
    expect(raw.data.regler.filter((r) => 'rubrik' in r)).toEqual([]);
  });

  it('publishes the editor’s fixed flow, and a restart (which seeds again) keeps it', async () => {
    const fixed = { ...demo(), rubrik: 'Hitta stöd som passar dig' };
    const res = await admin.request('POST', `${SINGLE}/actions/publish`, fixed);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect((await publicFlow()).rubrik).toBe('Hitta stöd som passar dig');

    await cms.restart();
    expect((await publicFlow()).rubrik).toBe('Hitta stöd som passar dig');
  });
});
