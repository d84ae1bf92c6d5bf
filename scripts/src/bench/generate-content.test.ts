import fs from 'node:fs';
import path from 'node:path';
import { parseSnapshot, type Snapshot } from '@vg/shared-schema';
import { describe, expect, it } from 'vitest';
import { CMS_DIR } from '../lib/paths.ts';
import { contentTypeAttributes, countsFor, generateSeedFiles, generateSnapshot, mulberry32, type SeedRecord } from './generate-content.ts';

const N = 300;
const snapshot = generateSnapshot(N, 7);
const kommuner = JSON.parse(fs.readFileSync(path.join(CMS_DIR, 'data', 'kommuner.json'), 'utf8')) as { kod: string }[];

/** Every { documentId } object anywhere inside a value. */
function refsIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) refsIn(v, out);
  else if (typeof value === 'object' && value !== null) {
    const o = value as Record<string, unknown>;
    if (typeof o.documentId === 'string' && Object.keys(o).every((k) => ['id', 'documentId', 'slug', 'namn'].includes(k)))
      out.push(o.documentId);
    else for (const v of Object.values(o)) refsIn(v, out);
  }
  return out;
}

describe('mulberry32', () => {
  it('gives the same sequence for the same seed and numbers in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 100 }, () => a());
    expect(xs).toEqual(Array.from({ length: 100 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('generateSnapshot', () => {
  it('is deterministic: the same seed gives byte-identical JSON, another seed different content', () => {
    expect(JSON.stringify(generateSnapshot(N, 7))).toBe(JSON.stringify(snapshot));
    expect(JSON.stringify(generateSnapshot(N, 8))).not.toBe(JSON.stringify(snapshot));
  });

  it('passes parseSnapshot', () => {
    expect(() => parseSnapshot(JSON.parse(JSON.stringify(snapshot)))).not.toThrow();
  });

  it('has every reference resolve inside the snapshot', () => {
    const all = [...Object.values(snapshot.collections).flat(), ...Object.values(snapshot.singles).filter((s) => s !== null)];
    const ids = new Set(Object.values(snapshot.collections).flatMap((items) => items.map((i) => i.data.documentId)));
    const dangling = all.flatMap((item) => refsIn(item.data).filter((id) => !ids.has(id)));
    expect(refsIn(snapshot.collections.insatser.map((i) => i.data)).length).toBeGreaterThan(N);
    expect(dangling).toEqual([]);
  });

  it('has unique slugs per collection and paths from SNAPSHOT_SOURCES', () => {
    for (const [name, items] of Object.entries(snapshot.collections) as [
      keyof Snapshot['collections'],
      Snapshot['collections'][keyof Snapshot['collections']],
    ][]) {
      const keys = items.map((i) => ('slug' in i.data ? i.data.slug : ''));
      expect(new Set(keys).size, name).toBe(keys.length);
    }
    const insats = snapshot.collections.insatser[0];
    expect(insats?.path).toBe(`/vagval/${insats?.data.slug}`);
    expect(insats?.html.beskrivning).toMatch(/^<p>/);
    expect(insats?.granskning?.senastGranskad).toBe(insats?.data.senastGranskad);
  });

  it('has content in proportion to N', () => {
    const c = snapshot.collections;
    const expected = countsFor(N);
    expect(c.insatser).toHaveLength(N);
    expect(c.berattelser).toHaveLength(expected.berattelser);
    expect(c.fragor).toHaveLength(Math.max(25, N / 20));
    expect(c.kedjor).toHaveLength(Math.max(4, N / 100));
    expect(c.kommuner).toHaveLength(290);
    expect(c.forbund.length).toBeGreaterThanOrEqual(70);
    expect(c.forbund.length).toBeLessThanOrEqual(80);
    const big = countsFor(10_000);
    expect([big.berattelser, big.fragor, big.kedjor]).toEqual([1250, 500, 100]);
  });

  it('covers every kommun with some förbund and has an organisation in every kommun', () => {
    const byDocumentId = new Map(snapshot.collections.kommuner.map((k) => [k.data.documentId, k.data.kod]));
    const covered = new Set(snapshot.collections.forbund.flatMap((f) => f.data.kommuner.map((k) => byDocumentId.get(k.documentId))));
    expect([...covered].sort()).toEqual(kommuner.map((k) => k.kod).sort());
    const withOrg = new Set(
      snapshot.collections.organisationer
        .filter((o) => o.data.typ === 'kommun')
        .map((o) => byDocumentId.get(o.data.kommun?.documentId ?? '')),
    );
    expect(withOrg.size).toBe(290);
  });

  it('varies optional fields: some minimal insatser, some with everything', () => {
    const insatser = snapshot.collections.insatser.map((i) => i.data);
    expect(insatser.some((i) => i.malgrupper.length === 0 && i.plats == null && i.kontakt == null)).toBe(true);
    expect(insatser.some((i) => i.plats && i.kontakt && i.platser && i.timmarPerVecka)).toBe(true);
    expect(new Set(insatser.map((i) => i.stodform)).size).toBe(8);
    expect(insatser.some((i) => i.forbund === null)).toBe(true);
  });
});

describe('generateSeedFiles (the CMS seed format)', () => {
  const files = generateSeedFiles(40, 3);

  it('writes insatser whose keys are all attributes of the insats content type', () => {
    const attributes = Object.keys(contentTypeAttributes('api::insats.insats').attributes);
    const insatser = files['insatser.json'] as SeedRecord[];
    expect(insatser).toHaveLength(40);
    for (const insats of insatser) expect(attributes).toEqual(expect.arrayContaining(Object.keys(insats)));
  });

  it('writes every generated file with only attributes of its content type', () => {
    const uids: Record<string, string> = {
      'organisationer.json': 'api::organisation.organisation',
      'forbund.json': 'api::forbund.forbund',
      'kedjor.json': 'api::kedja.kedja',
      'fragor.json': 'api::fraga.fraga',
    };
    for (const [file, uid] of Object.entries(uids)) {
      const attributes = Object.keys(contentTypeAttributes(uid).attributes);
      for (const record of files[file] as SeedRecord[]) expect(attributes, file).toEqual(expect.arrayContaining(Object.keys(record)));
    }
    // Stories carry consent as { datum }, which the seed maps to samtyckeDatum.
    const story = Object.keys(contentTypeAttributes('api::berattelse.berattelse').attributes);
    for (const record of files['berattelser.json'] as SeedRecord[])
      expect([...story, 'samtycke'], 'berattelser.json').toEqual(expect.arrayContaining(Object.keys(record)));
  });

  it('refers only to entries that exist, by slug (or kod for kommuner)', () => {
    const slugs = (file: string) => new Set((files[file] as SeedRecord[]).map((r) => String(r.slug)));
    const orgs = slugs('organisationer.json');
    const koder = new Set(kommuner.map((k) => k.kod));
    for (const i of files['insatser.json'] as SeedRecord[]) {
      expect(orgs.has(String(i.organisation))).toBe(true);
      for (const k of i.kommuner as string[]) expect(koder.has(k)).toBe(true);
      if (i.forbund) expect(slugs('forbund.json').has(String(i.forbund))).toBe(true);
    }
  });
});
