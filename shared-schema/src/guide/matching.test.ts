import { beforeEach, describe, expect, it } from 'vitest';
import { type GuideIndex, GuideIndexSchema, type GuideInsats, type GuideKontakt } from './build.ts';
import { type Answers, livssituationReason, malgruppReason, match, REASON_DIGITAL, REASON_LEDIGA, related } from './engine.ts';
import { fixtureGuideIndex } from './test-fixture.ts';

/**
 * A small handmade index, checked by hand: two förbund in two län, eight insatser. The flow is
 * the demo flow from the fixture (the flow is data; matching reads its options' match data).
 */
/** An insats as written in the hand index: the matching fields plus the card's slug, name and summary. */
type HandInsats = GuideInsats & { s: string; n: string; m: string; o: number; c?: GuideKontakt };

/** Slugs by insats id, per hand index (the index itself holds no slugs: they are on the cards). */
const handSlugs = new WeakMap<GuideIndex, string[]>();

function handIndex(options: { withDigital?: boolean } = {}): GuideIndex {
  const withDigital = options.withDigital ?? true;
  const digital: HandInsats = {
    s: 'digital-vagledning',
    n: 'Digital vägledning',
    m: 'Prata med en vägledare i telefon eller video.',
    o: 2,
    sf: 6, // vagledning
    d: 1,
    h: 12,
    l: [1],
    c: { r: 'Vägledare', t: '013-123 45 00' },
  };
  const written: HandInsats[] = [
    { s: 'gront-steg', n: 'Grönt steg', m: 'Grön rehabilitering i lugn takt.', o: 2, sf: 4, k: [0], f: 0, h: 4, g: [1], l: [1], le: 2 },
    {
      s: 'arbetstraning-linkoping',
      n: 'Arbetsträning Linköping',
      m: 'Träna på ett arbete.',
      o: 0,
      sf: 0,
      k: [0],
      h: 10,
      g: [1],
      q: 1,
      le: 0,
    },
    { s: 'cafe-kinda', n: 'Café Kinda', m: 'Arbetsträning i ett café.', o: 2, sf: 0, k: [1], f: 0, h: 8, g: [0], le: 1 },
    withDigital ? digital : { ...digital, s: 'vagledning-norrkoping', n: 'Vägledning Norrköping', d: undefined, k: [3], h: 40 },
    { s: 'pausad-verkstad', n: 'Pausad verkstad', m: 'Verkstad som har paus.', o: 0, sf: 0, k: [0], g: [1], l: [1], le: 5, st: 1 },
    { s: 'studiestart-vaxjo', n: 'Studiestart Växjö', m: 'Kom igång med studier.', o: 3, sf: 2, k: [4], f: 1, h: 6, l: [2] },
    { s: 'halsoslinga-alvesta', n: 'Hälsoslinga Alvesta', m: 'Promenader i grupp.', o: 1, sf: 4, k: [5], f: 1, h: 2, l: [0] },
    { s: 'samtalsstod-ljungby', n: 'Samtalsstöd Ljungby', m: 'Samtal en timme i veckan.', o: 1, sf: 4, k: [7], h: 1, l: [0] },
  ];
  // The index lists insatser in tie-break order (name in Swedish order), so ids are positions in that order.
  const sv = new Intl.Collator('sv');
  const order = written.map((_, n) => n).sort((a, b) => sv.compare(written[a]?.n ?? '', written[b]?.n ?? ''));
  const idOf = (written: number) => order.indexOf(written);
  const i = order.map((n) => {
    const { s: _s, n: _n, m: _m, o: _o, c: _c, ...ins } = written[n] as HandInsats;
    return ins;
  });
  const remap = <T extends { i?: number[] | undefined }>(r: T): T => (r.i ? { ...r, i: r.i.map(idOf) } : r);
  const index = GuideIndexSchema.parse({
    v: 2,
    t: '2026-11-01T08:00:00.000Z',
    mg: [
      ['psykisk-ohalsa-eller-missbruk', 'Personer med psykisk ohälsa eller missbruk'],
      ['sjukskrivna-utan-anstallning', 'Sjukskrivna utan anställning'],
    ],
    ls: [
      ['mar-daligt', 'Jag mår dåligt och vet inte var jag ska börja'],
      ['sjukskriven-utan-anstallning', 'Jag är sjukskriven och har ingen anställning'],
      ['vill-studera', 'Jag vill börja studera'],
    ],
    lan: [
      ['05', 'Östergötlands län'],
      ['07', 'Kronobergs län'],
    ],
    k: [
      ['0580', 'Linköping', 0],
      ['0513', 'Kinda', 0],
      ['0561', 'Åtvidaberg', 0],
      ['0581', 'Norrköping', 0],
      ['0780', 'Växjö', 1],
      ['0764', 'Alvesta', 1],
      ['0760', 'Uppvidinge', 1],
      ['0781', 'Ljungby', 1],
    ],
    f: [
      {
        s: 'centrala-ostergotland',
        n: 'Samordningsförbundet Centrala Östergötland',
        kn: 'SCÖ',
        l: 0,
        k: [0, 1, 2],
        c: { r: 'Förbundets kansli', t: '013-123 45 10', e: 'kansliet@sco.example.se', w: 'https://sco.example.se' },
      },
      { s: 'varend', n: 'Samordningsförbundet Värend', l: 1, k: [4, 5, 6], c: { r: 'Förbundets kansli', e: 'kansli@varend.example.se' } },
    ],
    i,
    kd: [
      { p: '/sa-fungerar-valfardssystemet/sjukskriven', t: 'Jag är sjukskriven och har ingen anställning', l: [1], i: [0] },
      { p: '/sa-fungerar-valfardssystemet/vill-studera', t: 'Jag vill börja studera', l: [2], i: [5] },
    ],
    fq: [
      { p: '/vanliga-fragor#vad-kostar', t: 'Vad kostar det?', i: [1] },
      { p: '/vanliga-fragor#arbetstrana', t: 'Kan jag arbetsträna och ha sjukpenning samtidigt?', l: [1] },
      { p: '/vanliga-fragor#csn', t: 'Kan jag få studiemedel?', l: [2] },
    ],
    be: [
      { p: '/berattelser/tillbaka-till-skolbanken', t: 'Tillbaka till skolbänken', l: [2], i: [5] },
      { p: '/berattelser/fran-soffan', t: 'Från soffan till växthuset', l: [1], i: [0] },
    ],
    flow: fixtureGuideIndex().flow,
  });
  index.kd = index.kd.map(remap);
  index.fq = index.fq.map(remap);
  index.be = index.be.map(remap);
  handSlugs.set(
    index,
    order.map((n) => written[n]?.s ?? ''),
  );
  return index;
}

/** Sick-listed, health not in the way, wants work, manages `timmar` hours, lives in `kommun`. */
const wantsWork = (kommun: string, timmar: number): Answers => ({
  kommun,
  kontakter: ['forsakringskassan'],
  inkomst: 'sjukpenning',
  halsa: 'nej',
  sprak: 'nej',
  mal: 'arbete',
  timmar,
});

const SCO = {
  forbund: 'Samordningsförbundet Centrala Östergötland',
  kortnamn: 'SCÖ',
  roll: 'Förbundets kansli',
  telefon: '013-123 45 10',
  epost: 'kansliet@sco.example.se',
  webb: 'https://sco.example.se',
};
const VAREND = { forbund: 'Samordningsförbundet Värend', roll: 'Förbundets kansli', epost: 'kansli@varend.example.se' };

const slugOf = (index: GuideIndex, id: number) => handSlugs.get(index)?.[id];
let current: GuideIndex;
const slugs = (o: ReturnType<typeof match>) => o.results.map((r) => slugOf(current, r.id));
const reasonsOf = (o: ReturnType<typeof match>, slug: string) => o.results.find((r) => slugOf(current, r.id) === slug)?.reasons;

describe('match on a handmade index', () => {
  const index = handIndex();
  beforeEach(() => {
    current = index;
  });

  it('filters by kommun, hours and status, and ranks by fit with the name as tie-break', () => {
    const out = match(index, wantsWork('0580', 10));
    // Both score 15: Arbetsträning (målgrupp 6 + stödform 4 + mål 4 + local 2 − queue 1) and
    // Grönt steg (målgrupp 6 + livssituation 6 + local 2 + lediga 1); "Arbetsträning" sorts first.
    // Digital vägledning needs 12 hours; Pausad verkstad is paused.
    expect(slugs(out)).toEqual(['arbetstraning-linkoping', 'gront-steg']);
    expect(out.results.map((r) => r.score)).toEqual([15, 15]);
    expect(out.total).toBe(2);
    expect(out.widened).toBeNull();
    expect(out.contact).toEqual(SCO);
    expect(out.kommun).toEqual({ kod: '0580', namn: 'Linköping' });
    expect(reasonsOf(out, 'arbetstraning-linkoping')).toEqual([
      'Finns i Linköping',
      'För sjukskrivna utan anställning',
      'För dig som vill börja arbeta',
      'Passar om du orkar 10 timmar i veckan',
    ]);
    expect(reasonsOf(out, 'gront-steg')).toEqual([
      'Finns i Linköping',
      'För dig som är sjukskriven och har ingen anställning',
      'Passar om du orkar 4 timmar i veckan',
      REASON_LEDIGA,
    ]);
  });

  it('adds digital insatser when the visitor manages their hours, below the local ones', () => {
    const out = match(index, wantsWork('0580', 20));
    expect(slugs(out)).toEqual(['arbetstraning-linkoping', 'gront-steg', 'digital-vagledning']);
    expect(reasonsOf(out, 'digital-vagledning')).toEqual([
      REASON_DIGITAL,
      'För dig som är sjukskriven och har ingen anställning',
      'Passar om du orkar 12 timmar i veckan',
    ]);
  });

  it('fills in where and how much (the card text comes from the card files, by id)', () => {
    const [first] = match(index, wantsWork('0580', 20)).results;
    expect(slugOf(index, first?.id ?? -1)).toBe('arbetstraning-linkoping');
    expect(first?.insats).toEqual({
      digital: false,
      kommuner: ['Linköping'],
      timmarMin: 10,
      lediga: 0,
      ko: true,
    });
  });

  it('reads only answers on the current path: hours left from an earlier path do not filter', () => {
    const answers: Answers = {
      kommun: '0580',
      kontakter: ['varden'],
      inkomst: 'ingen',
      halsa: 'ja-mycket',
      'halsa-vad': ['psykisk-ohalsa'],
      sprak: 'nej',
      mal: 'ma-battre',
      timmar: 2,
    };
    const out = match(index, answers);
    // Grönt steg: stödform hälsa 4 + mål må bättre 4 + local 2 + lediga 1 = 11; Arbetsträning: local 2 − queue 1 = 1.
    expect(slugs(out)).toEqual(['gront-steg', 'arbetstraning-linkoping', 'digital-vagledning']);
    expect(out.results.map((r) => r.score)).toEqual([11, 1, 0]);
    expect(reasonsOf(out, 'gront-steg')).toEqual(['Finns i Linköping', 'För dig som vill må bättre först', REASON_LEDIGA]);
  });

  it('widens to the förbund when the kommun has nothing', () => {
    const out = match(index, wantsWork('0561', 10));
    expect(out.widened).toBe('forbund');
    expect(slugs(out)).toEqual(['arbetstraning-linkoping', 'gront-steg', 'cafe-kinda']);
    expect(out.results.map((r) => r.score)).toEqual([13, 13, 9]);
    expect(reasonsOf(out, 'cafe-kinda')).toEqual([
      'Finns i Kinda, i samma samordningsförbund som Åtvidaberg',
      'För dig som vill börja arbeta',
      'Passar om du orkar 8 timmar i veckan',
      REASON_LEDIGA,
    ]);
    expect(out.contact).toEqual(SCO);
  });

  it('widens to the län when the kommun has no förbund', () => {
    const out = match(index, wantsWork('0581', 10));
    expect(out.widened).toBe('lan');
    expect(slugs(out)).toEqual(['arbetstraning-linkoping', 'gront-steg', 'cafe-kinda']);
    expect(reasonsOf(out, 'gront-steg')?.[0]).toBe('Finns i Linköping, i Östergötlands län');
    expect(out.contact).toBeNull();
  });

  it('widens from the förbund to the län when the förbund has nothing either', () => {
    // One hour a week: Studiestart (6 h) and Hälsoslinga (2 h) in Värend are too much; Ljungby is outside Värend.
    const out = match(index, wantsWork('0760', 1));
    expect(out.widened).toBe('lan');
    expect(slugs(out)).toEqual(['samtalsstod-ljungby']);
    expect(reasonsOf(out, 'samtalsstod-ljungby')).toEqual(['Finns i Ljungby, i Kronobergs län', 'Passar om du orkar 1 timme i veckan']);
    expect(out.contact).toEqual(VAREND);
  });

  it('ends with digital insatser without the hours limit', () => {
    const out = match(index, wantsWork('0760', 0));
    expect(out.widened).toBe('digital');
    expect(slugs(out)).toEqual(['digital-vagledning']);
    expect(reasonsOf(out, 'digital-vagledning')).toEqual([REASON_DIGITAL, 'För dig som är sjukskriven och har ingen anställning']);
    expect(out.contact).toEqual(VAREND);
  });

  it('still gives the förbund contact when nothing at all is found', () => {
    current = handIndex({ withDigital: false });
    const out = match(current, wantsWork('0760', 0));
    expect(out.results).toEqual([]);
    expect(out.total).toBe(0);
    expect(out.widened).toBe('digital');
    expect(out.contact).toEqual(VAREND);
  });

  it('never shows a paused or ended insats, however well it fits', () => {
    for (const kommun of ['0580', '0513', '0561', '0581']) {
      for (const h of [0, 5, 10, 40]) expect(slugs(match(index, wantsWork(kommun, h)))).not.toContain('pausad-verkstad');
    }
  });

  it('respects the limit but counts every match', () => {
    const out = match(index, wantsWork('0580', 20), undefined, { limit: 1 });
    expect(slugs(out)).toEqual(['arbetstraning-linkoping']);
    expect(out.total).toBe(3);
  });

  it('is deterministic: same input, identical output, also from a fresh copy of the index', () => {
    const answers = wantsWork('0561', 10);
    const a = match(index, answers);
    const b = match(index, answers);
    const c = match(structuredClone(index), structuredClone(answers));
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(JSON.stringify(c)).toBe(JSON.stringify(a));
  });
});

describe('related content', () => {
  it('suggests chains, FAQ and stories by livssituation (2 points) and suggested insatser (1 point)', () => {
    const index = handIndex();
    const answers = wantsWork('0580', 10);
    const out = related(index, answers, match(index, answers).results);
    expect(out).toEqual({
      kedjor: [{ path: '/sa-fungerar-valfardssystemet/sjukskriven', titel: 'Jag är sjukskriven och har ingen anställning' }],
      fragor: [
        { path: '/vanliga-fragor#arbetstrana', titel: 'Kan jag arbetsträna och ha sjukpenning samtidigt?' },
        { path: '/vanliga-fragor#vad-kostar', titel: 'Vad kostar det?' },
      ],
      berattelser: [{ path: '/berattelser/fran-soffan', titel: 'Från soffan till växthuset' }],
    });
  });
});

describe('reason wording', () => {
  it('turns first-person situations into "för dig som" and lowercases group names', () => {
    expect(livssituationReason('Jag är sjukskriven och har ingen anställning')).toBe(
      'För dig som är sjukskriven och har ingen anställning',
    );
    expect(livssituationReason('Jag mår dåligt och vet inte var jag ska börja')).toBe(
      'För dig som mår dåligt och vet inte var du ska börja',
    );
    expect(livssituationReason('Nyanländ')).toBe('Handlar om: Nyanländ');
    expect(malgruppReason('Unga 19–29 år med aktivitetsersättning')).toBe('För unga 19–29 år med aktivitetsersättning');
    expect(malgruppReason('SFI-elever')).toBe('För SFI-elever');
  });
});

describe('match on the fixture index', () => {
  const index = fixtureGuideIndex();

  it('finds something for every one of the 290 kommuner, never a paused insats', () => {
    const paused = new Set(index.i.flatMap((i, id) => (i.st !== undefined ? [id] : [])));
    expect(paused.size).toBeGreaterThan(0);
    for (const [kod] of index.k) {
      const out = match(index, wantsWork(kod, 10));
      expect(out.results.length, kod).toBeGreaterThan(0);
      for (const r of out.results) expect(paused.has(r.id)).toBe(false);
    }
  });

  it('suggests local insatser first in Linköping, with reasons', () => {
    const out = match(index, wantsWork('0580', 10));
    expect(out.widened).toBeNull();
    expect(out.contact?.kortnamn).toBe('SCÖ');
    const [first] = out.results;
    expect(first?.reasons[0]).toBe('Finns i Linköping');
    expect(first?.reasons).toContain('För dig som är sjukskriven och har ingen anställning');
    const rel = related(index, wantsWork('0580', 10), out.results);
    expect(rel.kedjor.length + rel.fragor.length + rel.berattelser.length).toBeGreaterThan(0);
  });
});
