/**
 * The open-data export conforms to HSDS 3.0: every file the build writes under /oppna-data/hsds/
 * is checked against Open Referral's official JSON schemas (../shared/hsds-3.0, next to the
 * checkout). Where that folder is absent the test says so and skips.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSnapshotFile } from '../src/content/snapshot-loader.ts';
import { SiteIndex } from '../src/lib/site-index.ts';
import {
  type ConformanceProblem,
  checkHsdsExport,
  describeProblems,
  HsdsSchemas,
  hsdsSchemaDir,
  parseCsv,
} from '../src/open-data/conformance.ts';
import { HsdsExport, hsdsId } from '../src/open-data/hsds.ts';
import { HSDS_TABLES, type HsdsTable } from '../src/open-data/tabular.ts';
import { FIXTURE_SNAPSHOT, fixtureSite } from './fixture.ts';

const siteDir = path.resolve(import.meta.dirname, '..');
const HSDS_DIR = hsdsSchemaDir(path.resolve(siteDir, '..')).dir;
const present = fs.existsSync(HSDS_DIR);
if (!present) console.warn(`HSDS-schemana finns inte i ${HSDS_DIR}: testet av öppna data hoppas över.`);

const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;

type Page = { total_items: number; total_pages: number; page_number: number; size: number; contents: Record<string, unknown>[] };

describe.runIf(present)('open data: HSDS 3.0', () => {
  let outDir: string;
  let schemas: HsdsSchemas;
  const hsds = (...p: string[]) => readJson(path.join(outDir, 'oppna-data', 'hsds', ...p));
  const rulesBroken = (problems: ConformanceProblem[]) => problems.map((p) => `${p.where} ${p.rule}`).join('\n');

  beforeAll(() => {
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vg-hsds-'));
    const astroBin = path.join(siteDir, 'node_modules', 'astro', 'bin', 'astro.mjs');
    const result = spawnSync(process.execPath, [astroBin, 'build', '--outDir', outDir], {
      cwd: siteDir,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SNAPSHOT_PATH: 'test/fixtures/snapshot.json' },
    });
    if (result.status !== 0) throw new Error(`Bygget misslyckades:\n${result.stdout}\n${result.stderr}`);
    schemas = new HsdsSchemas(HSDS_DIR);
  });
  afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

  it('every file of the export passes the official schema for its kind (the check the build runs)', () => {
    const { files, problems } = checkHsdsExport(outDir, schemas);
    expect(describeProblems(problems)).toBe('');
    const site = fixtureSite();
    // One file per service and per organisation or förbund, the lists, the taxonomies and every CSV table.
    expect(files).toBeGreaterThanOrEqual(site.collections.insatser.length + site.collections.organisationer.length + 8);
  });

  it('publishes every insats as a full service', () => {
    const site = fixtureSite();
    const files = fs.readdirSync(path.join(outDir, 'oppna-data', 'hsds', 'services')).filter((f) => f.endsWith('.json'));
    expect(files.sort()).toEqual(site.collections.insatser.map((i) => `${hsdsId('insats', i.data.documentId)}.json`).sort());
    const jonsbo = site.collections.insatser.find((i) => i.data.slug === 'jonsbo');
    const service = hsds('services', `${hsdsId('insats', jonsbo?.data.documentId ?? '')}.json`);
    expect(service).toMatchObject({ name: jonsbo?.data.namn, status: 'active', url: expect.stringMatching(/\/vagval\/jonsbo$/) });
    expect((service.attributes as unknown[]).length).toBeGreaterThan(1);
    expect((service.service_areas as { name: string }[]).map((a) => a.name)).toEqual(
      site.resolveAll('kommuner', jonsbo?.data.kommuner ?? []).map((k) => k.data.namn),
    );
  });

  it('publishes the same data as CSV tables in HSDS column order, described by a data package', () => {
    const pkg = hsds('csv', 'datapackage.json') as { resources: { name: string; path: string }[] };
    expect(pkg.resources.map((r) => r.path).sort()).toEqual(
      Object.values(HSDS_TABLES)
        .map((t) => t.path)
        .sort(),
    );
    for (const table of Object.keys(HSDS_TABLES) as HsdsTable[]) {
      const [header, ...rows] = parseCsv(fs.readFileSync(path.join(outDir, 'oppna-data', 'hsds', 'csv', HSDS_TABLES[table].path), 'utf8'));
      expect(header, table).toEqual([...HSDS_TABLES[table].columns]);
      if (table === 'service') expect(rows.length).toBe(fixtureSite().collections.insatser.length);
    }
  });

  it('names the file, the place and the rule for a file that breaks the specification, and for a file no rule knows', () => {
    const broken = fs.mkdtempSync(path.join(os.tmpdir(), 'vg-hsds-broken-'));
    try {
      fs.cpSync(path.join(outDir, 'oppna-data'), path.join(broken, 'oppna-data'), { recursive: true });
      const dir = path.join(broken, 'oppna-data', 'hsds');
      const [file] = fs.readdirSync(path.join(dir, 'services')).filter((f) => f.endsWith('.json'));
      const service = readJson(path.join(dir, 'services', file as string));
      fs.writeFileSync(path.join(dir, 'services', file as string), JSON.stringify({ ...service, status: 'öppen', id: 'inte-en-uuid' }));
      const csv = path.join(dir, 'csv', 'services.csv');
      const [header, first, ...rest] = fs.readFileSync(csv, 'utf8').split('\r\n');
      fs.writeFileSync(csv, [header, first?.replace(/,active,/, ',öppen,'), ...rest].join('\r\n'));
      fs.writeFileSync(path.join(dir, 'extra.json'), '{}');

      const { problems } = checkHsdsExport(broken, schemas);
      const inService = problems.filter((p) => p.file === `oppna-data/hsds/services/${file}`);
      expect(rulesBroken(inService)).toMatch(/^\/status compiled\/service\.json#\/properties\/status\/enum$/m);
      expect(rulesBroken(inService)).toMatch(/^\/id compiled\/service\.json#\/properties\/id\/format$/m);
      expect(rulesBroken(problems.filter((p) => p.file === 'oppna-data/hsds/csv/services.csv'))).toMatch(
        /^rad 2 \/status tabular#service/m,
      );
      expect(problems.find((p) => p.file === 'oppna-data/hsds/extra.json')?.message).toMatch(/no HSDS schema/);
      expect(describeProblems(problems)).toMatch(
        /oppna-data\/hsds\/services\/.*\/status: must be equal to one of the allowed values \(regel compiled/,
      );
    } finally {
      fs.rmSync(broken, { recursive: true, force: true });
    }
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

  it('lists the services in pages with the paginated shape', () => {
    const first = hsds('services.json') as unknown as Page;
    expect(first.page_number).toBe(1);
    expect(first.total_items).toBe(fixtureSite().collections.insatser.length);
    expect(first.size).toBe(first.contents.length);
  });

  it('publishes organisations and förbund, each with its own file, and the taxonomies', () => {
    const organizations = hsds('organizations.json') as unknown as Page;
    expect(organizations.total_items).toBe(fixtureSite().collections.organisationer.length + fixtureSite().collections.forbund.length);
    for (const o of organizations.contents) expect(hsds('organizations', `${String(o.id)}.json`)).toMatchObject({ id: o.id, name: o.name });
    expect((hsds('taxonomies.json') as unknown as Page).contents.map((t) => t.name)).toEqual([
      'Målgrupp',
      'Livssituation',
      'Stödform',
      'Platser',
    ]);
    expect(hsds('index.json')).toMatchObject({ version: '3.0' });
  });

  it('stays valid for an address without postal code and a web address with characters a URI may not hold', () => {
    const snapshot = readSnapshotFile(FIXTURE_SNAPSHOT);
    const jonsbo = snapshot.collections.insatser.find((i) => i.data.slug === 'jonsbo');
    if (!jonsbo?.data.plats) throw new Error('fixturen saknar Jonsbo med plats');
    jonsbo.data.plats.postnummer = null;
    const org = snapshot.collections.organisationer.find((o) => o.data.documentId === jonsbo.data.organisation.documentId);
    if (!org) throw new Error('fixturen saknar Jonsbos organisation');
    org.data.webb = 'https://exempel.se/?q="<b>`x`|y^z';
    const exp = new HsdsExport(new SiteIndex(snapshot.collections, snapshot.singles), new URL('https://valfardsguiden.example.se'));
    const service = exp.services().find((s) => s.id === hsdsId('insats', jonsbo.data.documentId)) as Record<string, unknown>;
    expect(rulesBroken(schemas.check('compiled/service.json', service, 'service'))).toBe('');
    const organization = exp.organizations().find((o) => o.id === hsdsId('organisation', org.data.documentId));
    expect(rulesBroken(schemas.check('compiled/organization.json', organization, 'organization'))).toBe('');
    expect(decodeURIComponent(String(organization?.website))).toBe(org.data.webb);
    const location = (service.service_at_locations as { location: Record<string, unknown> }[])[0]?.location;
    // The street and town are not lost: they go in the description instead of a non-conforming address.
    expect(location).toMatchObject({ description: `${jonsbo.data.plats.adress}, ${jonsbo.data.plats.ort}` });
    expect(location?.addresses).toBeUndefined();
  });
});

describe('open-data identifiers', () => {
  it('are UUIDs that stay the same for the same entry and differ between entries', () => {
    expect(hsdsId('insats', 'abc')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(hsdsId('insats', 'abc')).toBe(hsdsId('insats', 'abc'));
    expect(hsdsId('insats', 'abc')).not.toBe(hsdsId('organisation', 'abc'));
  });
});
