import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  buildGuide,
  buildGuideIndex,
  DIGITAL_CARD_FILE,
  GUIDE_STATUS,
  type GuideCard,
  GuideCardFileSchema,
  GuideIndexError,
  GuideIndexSchema,
  guideCardFileJson,
  guideCardFileNames,
  guideIndexJson,
  insatsPath,
  lanCardFile,
  validGuide,
  validGuideIndex,
} from './build.ts';
import { cardFilesFor } from './engine.ts';
import { fixtureSnapshot } from './test-fixture.ts';

/** The card of an insats by slug, with its id, from any card file. */
function cardOf(slug: string): { id: number; card: GuideCard } {
  for (const file of validGuide(fixtureSnapshot()).cards.values()) {
    for (const [id, card] of Object.entries(file.c)) if (card.s === slug) return { id: Number(id), card };
  }
  throw new Error(`Inget kort för ${slug}.`);
}

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
    const { id, card } = cardOf('drivbank');
    const drivbank = index.i[id];
    expect(drivbank).toBeDefined();
    if (!drivbank) return;
    expect((drivbank.k ?? []).map((k) => index.k[k]?.[1]).sort()).toEqual(['Kinda', 'Linköping', 'Åtvidaberg']);
    expect(drivbank.f === undefined ? undefined : index.f[drivbank.f]?.kn).toBe('SCÖ');
    expect(drivbank.h).toBe(10);
    expect(insatsPath(card)).toBe('/vagval/drivbank');
    expect(card.o).toBe('Linköpings kommun');
    const linkoping = index.k.find(([, namn]) => namn === 'Linköping');
    expect(linkoping?.[0]).toBe('0580');
    expect(index.lan[linkoping?.[2] ?? -1]).toEqual(['05', 'Östergötlands län']);
  });

  it('marks paused insatser and keeps running ones unmarked', () => {
    const statuses = new Map(snapshot.collections.insatser.map((i) => [i.data.slug, i.data.driftstatus]));
    const sv = new Intl.Collator('sv');
    const slugs = [...snapshot.collections.insatser]
      .sort((a, b) => sv.compare(a.data.namn, b.data.namn) || (a.data.slug < b.data.slug ? -1 : 1))
      .map((i) => i.data.slug);
    for (const [id, i] of index.i.entries()) {
      const status = statuses.get(slugs[id] ?? '');
      if (status === 'pausad') expect(i.st).toBe(GUIDE_STATUS.pausad);
      if (status === 'aktiv' || status === 'permanentas') expect(i.st).toBeUndefined();
    }
  });

  it('orders insatser by name in Swedish order (the tie-break order) and kommuner likewise', () => {
    const sv = new Intl.Collator('sv');
    const cards = new Map<number, GuideCard>();
    for (const file of validGuide(snapshot).cards.values()) for (const [id, card] of Object.entries(file.c)) cards.set(Number(id), card);
    const names = [...cards.entries()].sort(([a], [b]) => a - b).map(([, card]) => card.n);
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

  it('holds no words a visitor reads about an insats: those are in the card files', () => {
    const json = guideIndexJson(snapshot);
    const { card } = cardOf('jonsbo');
    expect(json).not.toContain(card.n);
    expect(json).not.toContain(card.m);
    expect(json).not.toContain('"jonsbo"');
    expect(json).not.toContain(card.c?.t ?? 'no phone');
  });

  it('gzips small (budget: 150 KB at 10,000 insatser; the 50-insats fixture must stay far below)', () => {
    const json = guideIndexJson(snapshot);
    const gz = gzipSync(json, { level: 9 }).length;
    console.info(`Guide index for the fixture: ${json.length} bytes of JSON, ${gz} bytes gzipped.`);
    expect(gz).toBeLessThan(40_000);
  });
});

describe('card files: the result cards split per kommun and for digital insatser', () => {
  const snapshot = fixtureSnapshot();
  const { index, cards } = buildGuide(snapshot);

  it('each file passes its schema and carries the index stamp', () => {
    for (const name of guideCardFileNames(snapshot)) {
      const file = GuideCardFileSchema.parse(JSON.parse(guideCardFileJson(snapshot, name)));
      expect(file.t).toBe(index.t);
      expect(file.v).toBe(index.v);
      expect(Object.keys(file.c).length, name).toBeGreaterThan(0);
    }
    expect(() => guideCardFileJson(snapshot, '0580')).toThrow(GuideIndexError);
  });

  it('a län file has a card for exactly the running insatser offered in its kommuner; digital.json the digital ones', () => {
    index.lan.forEach(([code], lid) => {
      const expected = index.i
        .map((ins, id) => ({ ins, id }))
        .filter(({ ins }) => ins.st === undefined && (ins.k ?? []).some((k) => index.k[k]?.[2] === lid))
        .map(({ id }) => String(id));
      expect(Object.keys(cards.get(lanCardFile(code))?.c ?? {}).sort(), code).toEqual(expected.sort());
    });
    expect([...cards.keys()].every((name) => name === DIGITAL_CARD_FILE || /^lan-[0-9]{2}$/.test(name))).toBe(true);
    const digital = index.i
      .map((ins, id) => ({ ins, id }))
      .filter(({ ins }) => ins.st === undefined && (ins.d === 1 || (ins.k ?? []).length === 0))
      .map(({ id }) => String(id));
    expect(digital.length).toBeGreaterThan(0);
    expect(Object.keys(cards.get(DIGITAL_CARD_FILE)?.c ?? {}).sort()).toEqual(digital.sort());
    expect(cardOf('jonsbo').card.n).toBe('Jonsbo – grön rehabilitering');
  });

  it('no paused or ended insats has a card', () => {
    const excluded = new Set(index.i.flatMap((ins, id) => (ins.st === undefined ? [] : [String(id)])));
    expect(excluded.size).toBeGreaterThan(0);
    for (const file of cards.values()) for (const id of Object.keys(file.c)) expect(excluded.has(id)).toBe(false);
  });

  it('cardFilesFor picks the chosen kommun first, reuses files, and sends digital insatser to digital.json', () => {
    const { id: drivbank } = cardOf('drivbank'); // Kinda, Linköping, Åtvidaberg
    const { id: jonsbo } = cardOf('jonsbo');
    const digitalId = Number(Object.keys(cards.get(DIGITAL_CARD_FILE)?.c ?? {})[0]);
    const plan = cardFilesFor(index, [drivbank, jonsbo, digitalId], '0580');
    expect(plan.get('lan-05')).toContain(drivbank);
    expect(plan.get(DIGITAL_CARD_FILE)).toEqual([digitalId]);
    // Every planned id really is in its file.
    for (const [file, ids] of plan) for (const id of ids) expect(cards.get(file)?.c[String(id)], `${file}/${id}`).toBeDefined();
    // Without a kommun, one file serves every insats it can.
    const noKommun = cardFilesFor(index, [drivbank, drivbank]);
    expect(noKommun.size).toBe(1);
    const paused = index.i.findIndex((ins) => ins.st !== undefined);
    expect(() => cardFilesFor(index, [paused])).toThrow(/pausad eller avslutad/);
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
    const { id } = cardOf('drivbank');
    expect(buildGuideIndex(snapshot).i[id]?.st).toBe(GUIDE_STATUS.avslutad);
  });
});
