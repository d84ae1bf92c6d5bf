import fs from 'node:fs';
import path from 'node:path';
import { AdminApi } from '@vg/scripts/cms/admin-api.ts';
import { type CmsCopy, copyCompiledCms } from '@vg/scripts/cms/cms-copy.ts';
import { queryCmsDatabase, tableColumns } from '@vg/scripts/cms/database-query.ts';
import { startTempStrapi, type TempStrapi } from '@vg/scripts/cms/temp-strapi.ts';
import { testDatabases } from '@vg/scripts/cms/test-databases.ts';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ColumnRename, renameStep } from '../src/schema-changes/rename-column.ts';

/*
 * A field of a throw-away content type (and of its component) is renamed from "gammalt" to
 * "nytt" between two starts of a copy of the compiled CMS, with a migration written as
 * docs/schema-changes.md describes. The real content model is never touched.
 */

const UID = 'api::flytt.flytt';
const CM = `/content-manager/collection-types/${UID}`;
const MIGRATION = '2026.01.01T00.00.00.flytt-gammalt-till-nytt';
// As it would sit in cms/database/migrations/; compiled below the way the CMS build compiles it.
const MIGRATION_SOURCE = `import { renameColumns } from '../../src/schema-changes/rename-column';

export const up = renameColumns([
  { table: 'flyttar', from: 'gammalt', to: 'nytt' },
  { table: 'components_flytt_delar', from: 'gammalt', to: 'nytt' },
]);
`;
const VALUES = { published: 'Publicerad text', publishedPart: 'Publicerad del', draft: 'Ändrat utkast', draftPart: 'Ändrad del' };

function writeModel(app: CmsCopy, field: 'gammalt' | 'nytt'): void {
  const contentType = path.join(app.dist, 'src', 'api', 'flytt', 'content-types', 'flytt');
  fs.mkdirSync(contentType, { recursive: true });
  fs.writeFileSync(
    path.join(contentType, 'schema.json'),
    JSON.stringify({
      kind: 'collectionType',
      collectionName: 'flyttar',
      info: { singularName: 'flytt', pluralName: 'flyttar', displayName: 'Flytt' },
      options: { draftAndPublish: true },
      attributes: { [field]: { type: 'string' }, del: { type: 'component', component: 'flytt.del', repeatable: false } },
    }),
  );
  const components = path.join(app.dist, 'src', 'components', 'flytt');
  fs.mkdirSync(components, { recursive: true });
  fs.writeFileSync(
    path.join(components, 'del.json'),
    JSON.stringify({ collectionName: 'components_flytt_delar', info: { displayName: 'Del' }, attributes: { [field]: { type: 'string' } } }),
  );
}

function addMigration(app: CmsCopy): void {
  const dir = path.join(app.dist, 'database', 'migrations');
  fs.mkdirSync(dir, { recursive: true });
  const { outputText } = ts.transpileModule(MIGRATION_SOURCE, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  });
  fs.writeFileSync(path.join(dir, `${MIGRATION}.js`), outputText);
}

type Entry = Record<string, unknown> & { del?: Record<string, unknown> | null };

async function entry(cms: TempStrapi, documentId: string, status: 'draft' | 'published'): Promise<Entry> {
  const admin = await AdminApi.login(cms.url, AdminApi.FIRST_ADMIN.email, AdminApi.FIRST_ADMIN.password);
  return (await admin.get<{ data: Entry }>(`${CM}/${documentId}?status=${status}`)).data;
}

/** Creates, publishes and then edits one entry, so its draft and published rows differ. */
async function createEntry(cms: TempStrapi): Promise<string> {
  const admin = await AdminApi.registerFirstAdmin(cms.url);
  const created = await admin.request('POST', CM, { gammalt: VALUES.published, del: { gammalt: VALUES.publishedPart } });
  expect(created.status).toBe(201);
  const { documentId } = (created.body as { data: { documentId: string } }).data;
  expect((await admin.request('POST', `${CM}/${documentId}/actions/publish`, {})).status).toBe(200);
  const edited = await admin.request('PUT', `${CM}/${documentId}`, { gammalt: VALUES.draft, del: { gammalt: VALUES.draftPart } });
  expect(edited.status).toBe(200);
  return documentId;
}

/** Copies the SQLite file (and its WAL, if Strapi left one) of a stopped CMS. */
function copySqlite(file: string, to: string): void {
  for (const suffix of ['', '-wal', '-shm']) if (fs.existsSync(file + suffix)) fs.copyFileSync(file + suffix, to + suffix);
}

describe('renameStep', () => {
  const rename: ColumnRename = { table: 'insatser', from: 'kort_text', to: 'sammanfattning' };

  it('renames only when the old column exists and the new one does not', () => {
    expect(renameStep(rename, { table: true, from: true, to: false })).toBe('rename');
  });

  it('does nothing on a new database (no table yet) or when the rename is already done', () => {
    expect(renameStep(rename, { table: false, from: false, to: false })).toBe('no-table');
    expect(renameStep(rename, { table: true, from: false, to: true })).toBe('already-renamed');
  });

  it('stops, naming table and columns, when both columns exist or neither does', () => {
    expect(() => renameStep(rename, { table: true, from: true, to: true })).toThrow(
      /insatser: både "kort_text" och "sammanfattning" finns/,
    );
    expect(() => renameStep(rename, { table: true, from: false, to: false })).toThrow(
      /insatser: varken "kort_text" eller "sammanfattning" finns/,
    );
  });
});

describe.each(await testDatabases())('a renamed field across a restart on %s', (database) => {
  let app: CmsCopy;
  let cms: TempStrapi;
  let documentId: string;
  let withoutMigration: { app: CmsCopy; cms: TempStrapi } | undefined;

  beforeAll(async () => {
    app = copyCompiledCms();
    writeModel(app, 'gammalt');
    cms = await startTempStrapi({ database, appDir: app.dir });
    documentId = await createEntry(cms);
    await cms.server.stop();

    const restarts: Promise<unknown>[] = [];
    if (cms.databaseFile) {
      // The control: the same schema change on a copy of the same database, without the migration.
      const control = copyCompiledCms();
      writeModel(control, 'nytt');
      const file = path.join(control.dir, 'data.db');
      copySqlite(cms.databaseFile, file);
      restarts.push(
        startTempStrapi({ appDir: control.dir, existing: { databaseFile: file } }).then((started) => {
          withoutMigration = { app: control, cms: started };
        }),
      );
    }
    writeModel(app, 'nytt');
    addMigration(app);
    restarts.push(cms.restart());
    await Promise.all(restarts);
  });

  afterAll(async () => {
    await cms?.dispose();
    app?.dispose();
    await withoutMigration?.cms.dispose();
    withoutMigration?.app.dispose();
  });

  it('keeps the published and the draft value, in the content type and in its component', async () => {
    const published = await entry(cms, documentId, 'published');
    expect(published).toMatchObject({ nytt: VALUES.published, del: { nytt: VALUES.publishedPart } });
    expect(published).not.toHaveProperty('gammalt');
    expect(await entry(cms, documentId, 'draft')).toMatchObject({ nytt: VALUES.draft, del: { nytt: VALUES.draftPart } });
  });

  it('leaves no old column behind, records the migration by file name and says what it did in the log', async () => {
    for (const table of ['flyttar', 'components_flytt_delar']) {
      const names = await tableColumns(cms, table);
      expect(names).toContain('nytt');
      expect(names).not.toContain('gammalt');
    }
    expect((await queryCmsDatabase(cms, 'SELECT name FROM strapi_migrations')).map((row) => row.name)).toEqual([`${MIGRATION}.js`]);
    const log = cms.server.stdout().join('\n');
    expect(log).toContain('Migrering: flyttar.gammalt → nytt: bytte namn');
    expect(log).toContain('Migrering: components_flytt_delar.gammalt → nytt: bytte namn');
  });

  it.runIf(database === 'sqlite')('loses both values without the migration (the control)', async () => {
    const control = withoutMigration?.cms;
    if (!control) throw new Error('the control CMS did not start');
    for (const status of ['published', 'draft'] as const) {
      const lost = await entry(control, documentId, status);
      expect(lost.nytt ?? null).toBeNull();
      expect(lost.del?.nytt ?? null).toBeNull();
    }
    expect(await tableColumns(control, 'flyttar')).not.toContain('gammalt');
  });
});
