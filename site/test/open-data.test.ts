/**
 * The open-data export conforms to HSDS 3.0: every file the build writes under /oppna-data/hsds/
 * is checked against Open Referral's official JSON schemas (../shared/hsds-3.0, next to the
 * checkout). Where that folder is absent the test says so and skips.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hsdsId } from '../src/open-data/hsds.ts';
import { HSDS_TABLES, type HsdsTable } from '../src/open-data/tabular.ts';
import { fixtureSite } from './fixture.ts';

const siteDir = path.resolve(import.meta.dirname, '..');
const HSDS_DIR = path.resolve(siteDir, '..', '..', 'shared', 'hsds-3.0', 'schema');
const present = fs.existsSync(HSDS_DIR);
if (!present) console.warn(`HSDS-schemana finns inte i ${HSDS_DIR}: testet av öppna data hoppas över.`);

const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
/** RFC 4180: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (!quoted && c === ',') endField();
    else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else field += c;
  }
  return rows;
}

type Page = { total_items: number; total_pages: number; page_number: number; size: number; contents: Record<string, unknown>[] };

describe.runIf(present)('open data: HSDS 3.0', () => {
  let outDir: string;
  const hsds = (...p: string[]) => readJson(path.join(outDir, 'oppna-data', 'hsds', ...p));
  let schema: (name: string) => ValidateFunction;
  /** Every HSDS schema added by its file name, so their `$ref`s resolve. */
  let hsdsAjv: Ajv;
  const problems = (validate: ValidateFunction, data: unknown, where: string) =>
    validate(data) ? [] : (validate.errors ?? []).map((e) => `${where}${e.instancePath}: ${e.message}`);

  beforeAll(() => {
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vg-hsds-'));
    const astroBin = path.join(siteDir, 'node_modules', 'astro', 'bin', 'astro.mjs');
    const result = spawnSync(process.execPath, [astroBin, 'build', '--outDir', outDir], {
      cwd: siteDir,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SNAPSHOT_PATH: 'test/fixtures/snapshot.json' },
    });
    if (result.status !== 0) throw new Error(`Bygget misslyckades:\n${result.stdout}\n${result.stderr}`);
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    hsdsAjv = ajv;
    for (const file of fs.readdirSync(HSDS_DIR).filter((f) => f.endsWith('.json') && f !== 'openapi.json'))
      ajv.addSchema(readJson(path.join(HSDS_DIR, file)), file);
    const compiled = new Map<string, ValidateFunction>();
    schema = (name) => {
      let v = compiled.get(name);
      if (!v) {
        v = name.startsWith('compiled/') ? ajv.compile(readJson(path.join(HSDS_DIR, name))) : (ajv.getSchema(name) as ValidateFunction);
        compiled.set(name, v);
      }
      return v;
    };
  });
  afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

  it('publishes every insats as a full service that passes compiled/service.json', () => {
    const site = fixtureSite();
    const files = fs.readdirSync(path.join(outDir, 'oppna-data', 'hsds', 'services')).filter((f) => f.endsWith('.json'));
    expect(files.sort()).toEqual(site.collections.insatser.map((i) => `${hsdsId('insats', i.data.documentId)}.json`).sort());
    const found = files.flatMap((f) => problems(schema('compiled/service.json'), hsds('services', f), f));
    expect(found).toEqual([]);
    const jonsbo = site.collections.insatser.find((i) => i.data.slug === 'jonsbo');
    const service = hsds('services', `${hsdsId('insats', jonsbo?.data.documentId ?? '')}.json`);
    expect(service).toMatchObject({ name: jonsbo?.data.namn, status: 'active', url: expect.stringMatching(/\/vagval\/jonsbo$/) });
    expect((service.attributes as unknown[]).length).toBeGreaterThan(1);
    expect((service.service_areas as { name: string }[]).map((a) => a.name)).toEqual(
      site.resolveAll('kommuner', jonsbo?.data.kommuner ?? []).map((k) => k.data.namn),
    );
  });

  it('publishes the same data as CSV tables whose rows pass HSDS tabular schemas, described by a data package', () => {
    const tabular = readJson(path.join(HSDS_DIR, 'compiled', 'tabular.json')) as { properties: Record<string, { items: object }> };
    const pkg = hsds('csv', 'datapackage.json') as { resources: { name: string; path: string }[] };
    expect(pkg.resources.map((r) => r.path).sort()).toEqual(
      Object.values(HSDS_TABLES)
        .map((t) => t.path)
        .sort(),
    );
    const found: string[] = [];
    for (const table of Object.keys(HSDS_TABLES) as HsdsTable[]) {
      const [header, ...rows] = parseCsv(fs.readFileSync(path.join(outDir, 'oppna-data', 'hsds', 'csv', HSDS_TABLES[table].path), 'utf8'));
      expect(header, table).toEqual([...HSDS_TABLES[table].columns]);
      const validate = hsdsAjv.compile(tabular.properties[table]?.items ?? {});
      rows.forEach((cells, i) => {
        const record = Object.fromEntries((header ?? []).flatMap((name, c) => (cells[c] ? [[name, cells[c]]] : [])));
        found.push(...problems(validate, record, `${HSDS_TABLES[table].path} rad ${i + 2}`));
      });
      if (table === 'service') expect(rows.length).toBe(fixtureSite().collections.insatser.length);
    }
    expect(found).toEqual([]);
  });

  it('describes the dataset in DCAT-AP-SE with what the profile requires, and every distribution exists', () => {
    const catalog = readJson(path.join(outDir, 'oppna-data', 'dcat.jsonld')) as Record<string, Record<string, unknown>>;
    expect(catalog['@type']).toBe('dcat:Catalog');
    for (const key of ['dcterms:title', 'dcterms:description', 'dcterms:publisher', 'dcat:dataset'])
      expect(catalog[key], key).toBeDefined();
    const dataset = catalog['dcat:dataset'] as Record<string, unknown>;
    for (const key of [
      'dcterms:title',
      'dcterms:description',
      'dcterms:publisher',
      'dcat:contactPoint',
      'dcterms:modified',
      'dcat:distribution',
    ])
      expect(dataset[key], key).toBeDefined();
    for (const d of dataset['dcat:distribution'] as Record<string, { '@id': string }>[]) {
      expect(d['dcterms:license']?.['@id']).toMatch(/creativecommons/);
      const local = new URL(d['dcat:accessURL']?.['@id'] ?? '').pathname;
      expect(fs.existsSync(path.join(outDir, local)), local).toBe(true);
    }
  });

  it('would notice a file that breaks the specification (the check can fail)', () => {
    const [file] = fs.readdirSync(path.join(outDir, 'oppna-data', 'hsds', 'services')).filter((f) => f.endsWith('.json'));
    const service = hsds('services', file as string);
    const { status: _, ...withoutStatus } = service;
    expect(problems(schema('compiled/service.json'), withoutStatus, 'x').join()).toMatch(/status/);
    expect(problems(schema('compiled/service.json'), { ...service, status: 'öppen' }, 'x')).not.toEqual([]);
    expect(problems(schema('compiled/service.json'), { ...service, id: 'inte-en-uuid' }, 'x')).not.toEqual([]);
  });

  it('maps what a visitor needs: language codes, free places, digital insatser as virtual locations, kommunkod', () => {
    const site = fixtureSite();
    const service = (slug: string) => {
      const item = site.collections.insatser.find((i) => i.data.slug === slug);
      if (!item) throw new Error(`no insats ${slug}`);
      return {
        item,
        json: hsds('services', `${hsdsId('insats', item.data.documentId)}.json`) as Record<string, unknown[]> & Record<string, unknown>,
      };
    };
    const withPlaces = site.collections.insatser.find((i) => i.data.platser?.lediga != null);
    const placed = service(withPlaces?.data.slug ?? '');
    const free = (placed.json.attributes as { link_type: string; value?: string; taxonomy_term: { code: string } }[]).find(
      (a) => a.taxonomy_term.code === 'lediga',
    );
    expect(free).toMatchObject({ link_type: 'service_capacity', value: String(withPlaces?.data.platser?.lediga) });
    const digital = site.collections.insatser.find((i) => i.data.digital);
    const locations = service(digital?.data.slug ?? '').json.service_at_locations as {
      location: { location_type: string; url?: string };
    }[];
    expect(locations.some((l) => l.location.location_type === 'virtual' && l.location.url?.endsWith(`/vagval/${digital?.data.slug}`))).toBe(
      true,
    );
    const languages = (placed.json.languages ?? []) as { name: string; code?: string }[];
    for (const l of languages.filter((x) => x.name === 'svenska' || x.name === 'arabiska'))
      expect(l.code).toBe(l.name === 'svenska' ? 'sv' : 'ar');
    const areas = placed.json.service_areas as { extent: string }[];
    expect(areas.map((a) => a.extent)).toEqual(site.resolveAll('kommuner', placed.item.data.kommuner).map((k) => k.data.kod));
  });

  it('lists the services in pages that pass the paginated shape and compiled/service_list.json', () => {
    const first = hsds('services.json') as unknown as Page;
    expect(first.page_number).toBe(1);
    expect(first.total_items).toBe(fixtureSite().collections.insatser.length);
    expect(first.size).toBe(first.contents.length);
    expect(first.contents.flatMap((s, i) => problems(schema('compiled/service_list.json'), s, `contents[${i}]`))).toEqual([]);
  });

  it('publishes organisations and förbund, places and the taxonomies, each passing its schema', () => {
    const organizations = hsds('organizations.json') as unknown as Page;
    expect(organizations.total_items).toBe(fixtureSite().collections.organisationer.length + fixtureSite().collections.forbund.length);
    const found = [
      ...organizations.contents.flatMap((o, i) => problems(schema('compiled/organization_list.json'), o, `organizations[${i}]`)),
      ...organizations.contents.flatMap((o) =>
        problems(schema('compiled/organization.json'), hsds('organizations', `${String(o.id)}.json`), String(o.id)),
      ),
      ...(hsds('service_at_locations.json') as unknown as Page).contents.flatMap((s, i) =>
        problems(schema('compiled/service_at_location_list.json'), s, `service_at_locations[${i}]`),
      ),
      ...(hsds('taxonomies.json') as unknown as Page).contents.flatMap((t, i) => problems(schema('taxonomy.json'), t, `taxonomies[${i}]`)),
      ...(hsds('taxonomy_terms.json') as unknown as Page).contents.flatMap((t, i) =>
        problems(schema('taxonomy_term.json'), t, `terms[${i}]`),
      ),
    ];
    expect(found).toEqual([]);
    expect((hsds('taxonomies.json') as unknown as Page).contents.map((t) => t.name)).toEqual([
      'Målgrupp',
      'Livssituation',
      'Stödform',
      'Platser',
    ]);
    expect(hsds('index.json')).toMatchObject({ version: '3.0' });
  });
});

describe('open-data identifiers', () => {
  it('are UUIDs that stay the same for the same entry and differ between entries', () => {
    expect(hsdsId('insats', 'abc')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(hsdsId('insats', 'abc')).toBe(hsdsId('insats', 'abc'));
    expect(hsdsId('insats', 'abc')).not.toBe(hsdsId('organisation', 'abc'));
  });
});
