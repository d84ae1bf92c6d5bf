import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fixtureSnapshot } from '../test-fixture.ts';
import { buildGuideIndex, GuideIndexError } from './build-guide-index.ts';
import { guideIndexJson, validGuideIndex } from './guide-index.ts';
import { GUIDE_STATUS, GuideIndexSchema, insatsPath } from './guide-index-schema.ts';

describe('buildGuideIndex on the fixture snapshot', () => {
  const snapshot = fixtureSnapshot();
  const index = buildGuideIndex(snapshot);

  it('passes its own schema, which the island validates with', () => {
    expect(() => GuideIndexSchema.parse(index)).not.toThrow();
    expect(validGuideIndex(snapshot)).toEqual(index);
  });

  it('has every insats, kommun, förbund and vocabulary entry', () => {
    expect(index.i).toHaveLength(50);
    expect(index.k).toHaveLength(290);
    expect(index.f.map((f) => f.s).sort()).toEqual(snapshot.collections.forbund.map((f) => f.data.slug).sort());
    expect(index.mg).toHaveLength(snapshot.collections.malgrupper.length);
    expect(index.ls).toHaveLength(snapshot.collections.livssituationer.length);
    expect(index.flow.start).toBe('kommun');
  });

  it('resolves references to ids: Drivbänk is in Linköping, Kinda and Åtvidaberg and belongs to SCÖ', () => {
    const drivbank = index.i.find((i) => i.s === 'drivbank');
    expect(drivbank).toBeDefined();
    if (!drivbank) return;
    expect((drivbank.k ?? []).map((k) => index.k[k]?.[1]).sort()).toEqual(['Kinda', 'Linköping', 'Åtvidaberg']);
    expect(drivbank.f === undefined ? undefined : index.f[drivbank.f]?.kn).toBe('SCÖ');
    expect(drivbank.h).toBe(10);
    expect(insatsPath(drivbank)).toBe('/vagval/drivbank');
    const linkoping = index.k.find(([, namn]) => namn === 'Linköping');
    expect(linkoping?.[0]).toBe('0580');
    expect(index.lan[linkoping?.[2] ?? -1]).toEqual(['05', 'Östergötlands län']);
  });

  it('marks paused insatser and keeps running ones unmarked', () => {
    const statuses = new Map(snapshot.collections.insatser.map((i) => [i.data.slug, i.data.driftstatus]));
    for (const i of index.i) {
      const status = statuses.get(i.s);
      if (status === 'pausad') expect(i.st).toBe(GUIDE_STATUS.pausad);
      if (status === 'aktiv' || status === 'permanentas') expect(i.st).toBeUndefined();
    }
  });

  it('orders insatser by name in Swedish order (the tie-break order) and kommuner likewise', () => {
    const sv = new Intl.Collator('sv');
    const names = index.i.map((i) => i.n);
    expect(names).toEqual([...names].sort(sv.compare));
    const kommuner = index.k.map(([, namn]) => namn);
    expect(kommuner).toEqual([...kommuner].sort(sv.compare));
    expect(kommuner.at(-1)).toMatch(/^Ö/);
  });

  it('holds no HTML and no Strapi bookkeeping', () => {
    const json = guideIndexJson(snapshot);
    expect(json).not.toMatch(/<\/?[a-z][^>]*>/i);
    expect(json).not.toContain('documentId');
    expect(json).not.toContain('"id":');
    expect(json).not.toContain('null');
  });

  it('is deterministic: the same snapshot gives the same bytes', () => {
    expect(guideIndexJson(structuredClone(snapshot))).toBe(guideIndexJson(snapshot));
  });

  it('gzips small (budget: 150 KB at 10,000 insatser; the 50-insats fixture must stay far below)', () => {
    const json = guideIndexJson(snapshot);
    const gz = gzipSync(json, { level: 9 }).length;
    console.info(`Guide index for the fixture: ${json.length} bytes of JSON, ${gz} bytes gzipped.`);
    expect(gz).toBeLessThan(40_000);
  });
});

describe('buildGuideIndex refuses what it cannot use', () => {
  it('a snapshot without the guide', () => {
    const snapshot = structuredClone(fixtureSnapshot());
    snapshot.singles.hittaRatt = null;
    expect(() => buildGuideIndex(snapshot)).toThrow(GuideIndexError);
  });

  it('an option that names a målgrupp that does not exist', () => {
    const snapshot = structuredClone(fixtureSnapshot());
    const option = snapshot.singles.hittaRatt?.data.fragor.find((q) => q.nyckel === 'inkomst')?.alternativ[1];
    if (!option) throw new Error('Testdatat saknar frågan "inkomst".');
    option.malgrupp = 'finns-inte';
    expect(() => buildGuideIndex(snapshot)).toThrow(/"sjukpenning" i frågan "inkomst" pekar på målgruppen "finns-inte"/);
  });

  it('an insats whose project ended before the snapshot was taken is marked as ended', () => {
    const snapshot = structuredClone(fixtureSnapshot());
    const item = snapshot.collections.insatser.find((i) => i.data.slug === 'drivbank');
    if (!item) throw new Error('Testdatat saknar Drivbänk.');
    item.data.period = { start: '2020-01-01', slut: '2021-12-31' };
    expect(buildGuideIndex(snapshot).i.find((i) => i.s === 'drivbank')?.st).toBe(GUIDE_STATUS.avslutad);
  });
});
