import { describe, expect, it } from 'vitest';
import { GUIDE_MAX_TIMMAR, type GuideFraga, validateGuideFlowGraph } from '../index.ts';
import {
  type Answer,
  type Answers,
  activeAnswers,
  type GuideNode,
  nextNode,
  summary,
  validateAnswer,
  visitedPath,
  type WalkableFlow,
  walk,
} from './engine.ts';
import { fixtureGuideIndex, fixtureSnapshot, kommunChoices } from './test-fixture.ts';

function demoFlow(): WalkableFlow {
  const item = fixtureSnapshot().singles.hittaRatt;
  if (!item) throw new Error('Testdatat saknar guiden Hitta rätt.');
  return item.data;
}
const flow = demoFlow();
const kommuner = kommunChoices(fixtureGuideIndex());
const question = (key: string): GuideFraga => {
  const q = flow.fragor.find((f) => f.nyckel === key);
  if (!q) throw new Error(`Demoguiden saknar frågan "${key}".`);
  return q;
};
const where = (node: GuideNode): string => (node.typ === 'fraga' ? `fraga:${node.fraga.nyckel}` : `utfall:${node.utfall.nyckel}`);

/** A full set of answers along the longest path, in path order (Linköping, sick-listed, wants work, 10 hours). */
const FULL: [string, Answer][] = [
  ['kommun', '0580'],
  ['kontakter', ['forsakringskassan', 'varden']],
  ['inkomst', 'sjukpenning'],
  ['halsa', 'ja-mycket'],
  ['halsa-vad', ['psykisk-ohalsa']],
  ['sprak', 'nej'],
  ['mal', 'arbete'],
  ['timmar', 10],
];
/** The answers given before reaching `key` on that path. */
const answersBefore = (key: string): Answers =>
  Object.fromEntries(
    FULL.slice(
      0,
      FULL.findIndex(([k]) => k === key),
    ),
  );

/**
 * Hand-checked per node (GOV.UK Smart Answers style): the kind of question, its options in
 * order, and where each option leads. `leadsTo` covers every option.
 */
const NODES: { key: string; typ: GuideFraga['typ']; options: string[]; leadsTo: Record<string, string> }[] = [
  { key: 'kommun', typ: 'kommun', options: [], leadsTo: { '0580': 'fraga:kontakter', '0764': 'fraga:kontakter' } },
  {
    key: 'kontakter',
    typ: 'flerval',
    options: ['arbetsformedlingen', 'forsakringskassan', 'socialtjansten', 'varden', 'ingen'],
    leadsTo: {
      arbetsformedlingen: 'fraga:inkomst',
      forsakringskassan: 'fraga:inkomst',
      socialtjansten: 'fraga:inkomst',
      varden: 'fraga:inkomst',
      ingen: 'fraga:inkomst',
    },
  },
  {
    key: 'inkomst',
    typ: 'enval',
    options: ['lon', 'sjukpenning', 'aktivitetsersattning', 'sjukersattning', 'ekonomiskt-bistand', 'annat', 'ingen', 'vet-inte'],
    leadsTo: {
      lon: 'fraga:halsa',
      sjukpenning: 'fraga:halsa',
      aktivitetsersattning: 'fraga:halsa',
      sjukersattning: 'fraga:halsa',
      'ekonomiskt-bistand': 'fraga:halsa',
      annat: 'fraga:halsa',
      ingen: 'fraga:halsa',
      'vet-inte': 'fraga:halsa',
    },
  },
  {
    key: 'halsa',
    typ: 'enval',
    options: ['ja-mycket', 'ja-lite', 'nej', 'vill-inte-svara'],
    leadsTo: { 'ja-mycket': 'fraga:halsa-vad', 'ja-lite': 'fraga:halsa-vad', nej: 'fraga:sprak', 'vill-inte-svara': 'fraga:sprak' },
  },
  {
    key: 'halsa-vad',
    typ: 'flerval',
    options: ['psykisk-ohalsa', 'beroende', 'kroppen', 'funktionsnedsattning', 'annat'],
    leadsTo: {
      'psykisk-ohalsa': 'fraga:sprak',
      beroende: 'fraga:sprak',
      kroppen: 'fraga:sprak',
      funktionsnedsattning: 'fraga:sprak',
      annat: 'fraga:sprak',
    },
  },
  {
    key: 'sprak',
    typ: 'enval',
    options: ['tolk', 'latt-svenska', 'nej'],
    leadsTo: { tolk: 'fraga:mal', 'latt-svenska': 'fraga:mal', nej: 'fraga:mal' },
  },
  {
    key: 'mal',
    typ: 'enval',
    options: ['arbete', 'studier', 'ma-battre', 'forsta-rattigheter'],
    leadsTo: {
      arbete: 'fraga:timmar',
      studier: 'fraga:timmar',
      'ma-battre': 'utfall:ma-battre',
      'forsta-rattigheter': 'utfall:forsta-rattigheter',
    },
  },
  {
    key: 'timmar',
    typ: 'timmar',
    options: [],
    leadsTo: {
      '0': 'utfall:borja-i-lugn-takt',
      '9': 'utfall:borja-i-lugn-takt',
      '10': 'utfall:arbete-eller-studier',
      '40': 'utfall:arbete-eller-studier',
    },
  },
];

describe('the demo flow', () => {
  it('is a sound graph, and the table below covers every question', () => {
    expect(validateGuideFlowGraph(flow)).toEqual([]);
    expect(NODES.map((n) => n.key).sort()).toEqual(flow.fragor.map((q) => q.nyckel).sort());
  });

  it('starts with the kommun question when nothing is answered', () => {
    expect(where(nextNode(flow, {}))).toBe('fraga:kommun');
    expect(visitedPath(flow, {})).toEqual([]);
  });
});

describe.each(NODES)('question "$key"', ({ key, typ, options, leadsTo }) => {
  const q = question(key);
  const answerFor = (value: string): Answer => (typ === 'flerval' ? [value] : typ === 'timmar' ? Number(value) : value);

  it('is reached with the answers before it, and renders its options in order', () => {
    expect(where(nextNode(flow, answersBefore(key)))).toBe(`fraga:${key}`);
    expect(q.typ).toBe(typ);
    expect(q.rubrik.length).toBeGreaterThan(0);
    expect(q.alternativ.map((a) => a.nyckel)).toEqual(options);
    for (const a of q.alternativ) expect(a.text.length).toBeGreaterThan(0);
  });

  it('leads each option to the right next node', () => {
    if (options.length > 0) expect(Object.keys(leadsTo).sort()).toEqual([...options].sort());
    for (const [value, target] of Object.entries(leadsTo)) {
      const answers = { ...answersBefore(key), [key]: answerFor(value) };
      expect(validateAnswer(q, answerFor(value), kommuner), `${key}=${value}`).toBeNull();
      expect(where(nextNode(flow, answers)), `${key}=${value}`).toBe(target);
      expect(visitedPath(flow, answers).at(-1)?.nyckel).toBe(key);
    }
  });

  it('refuses invalid answers, and the walker stays on the question', () => {
    const invalid: Answer[] =
      typ === 'kommun' ? ['9999', 'Linköping', 580] : typ === 'timmar' ? [-1, 41, 2.5, 'många'] : ['finns-inte', ['finns-inte'], 3];
    if (typ === 'enval') invalid.push([options[0] ?? '', options[1] ?? '']);
    for (const value of invalid) {
      expect(validateAnswer(q, value, kommuner), JSON.stringify(value)).toMatch(/^[A-ZÅÄÖ].+\.$/);
      // The walker has no list of kommuner: a well-formed but unknown code is refused by validateAnswer only.
      if (value === '9999') continue;
      expect(where(nextNode(flow, { ...answersBefore(key), [key]: value })), JSON.stringify(value)).toBe(`fraga:${key}`);
    }
  });

  it(q.obligatorisk ? 'requires an answer' : 'may be skipped, and then takes its default rule', () => {
    const nothing = validateAnswer(q, undefined, kommuner);
    if (q.obligatorisk) {
      expect(nothing).toMatch(/^(Välj|Skriv)/);
      expect(validateAnswer(q, '', kommuner)).toBe(nothing);
      expect(validateAnswer(q, [], kommuner)).toBe(nothing);
      expect(where(nextNode(flow, { ...answersBefore(key), [key]: [] }))).toBe(`fraga:${key}`);
    } else {
      expect(nothing).toBeNull();
      expect(where(nextNode(flow, { ...answersBefore(key), [key]: [] }))).toBe('fraga:sprak');
    }
  });
});

describe('validateAnswer messages', () => {
  it('says what to do in plain Swedish', () => {
    expect(validateAnswer(question('inkomst'), undefined, kommuner)).toBe('Välj ett alternativ.');
    expect(validateAnswer(question('kontakter'), [], kommuner)).toBe('Välj minst ett alternativ.');
    expect(validateAnswer(question('kontakter'), ['varden', 'varden'], kommuner)).toBe('Välj varje alternativ bara en gång.');
    expect(validateAnswer(question('inkomst'), 'finns-inte', kommuner)).toBe('Välj ett av alternativen i listan.');
    expect(validateAnswer(question('kommun'), '', kommuner)).toBe('Välj den kommun du bor i.');
    expect(validateAnswer(question('kommun'), '9999', kommuner)).toMatch(/^Välj en kommun i listan/);
    expect(validateAnswer(question('timmar'), undefined, kommuner)).toBe(
      'Skriv hur många timmar i veckan du orkar, ett tal mellan 0 och 40.',
    );
    expect(validateAnswer(question('timmar'), 'många', kommuner)).toBe('Skriv antalet timmar med siffror, till exempel 10.');
    expect(validateAnswer(question('timmar'), 7.5, kommuner)).toBe('Skriv ett helt antal timmar, till exempel 10.');
    expect(validateAnswer(question('timmar'), 41, kommuner)).toBe('Skriv ett antal timmar mellan 0 och 40.');
  });

  it('accepts hours typed as text, every whole number 0–40, and every known kommun', () => {
    expect(validateAnswer(question('timmar'), ' 12 ', kommuner)).toBeNull();
    for (let h = 0; h <= GUIDE_MAX_TIMMAR; h++) expect(validateAnswer(question('timmar'), h, kommuner)).toBeNull();
    expect(kommuner).toHaveLength(290);
    for (const k of kommuner) expect(validateAnswer(question('kommun'), k.kod, kommuner)).toBeNull();
  });
});

/** Candidate answers per question for the exhaustive walk. */
function candidates(q: GuideFraga, hourValues: readonly number[]): Answer[] {
  switch (q.typ) {
    case 'kommun':
      // Two representatives: one inside a förbund (Linköping), one outside any (Ale).
      return ['0580', '1440'];
    case 'timmar':
      return [...hourValues];
    case 'enval':
      return q.alternativ.map((a) => a.nyckel);
    case 'flerval': {
      const all = q.alternativ.map((a) => a.nyckel);
      return [...all.map((k) => [k]), all, ...(q.obligatorisk ? [] : [[]])];
    }
  }
}

/** 0, 40 and both sides of every hour boundary the rules use. */
function hourBoundaries(f: WalkableFlow): number[] {
  const values = new Set([0, GUIDE_MAX_TIMMAR]);
  for (const r of f.regler) {
    if (r.villkor !== 'timmar-minst' && r.villkor !== 'timmar-hogst') continue;
    const v = Number(r.varde);
    for (const h of [v - 1, v, v + 1]) if (h >= 0 && h <= GUIDE_MAX_TIMMAR) values.add(h);
  }
  return [...values].sort((a, b) => a - b);
}

describe('every path through the demo flow', () => {
  it('ends in an outcome, and together the paths reach every question and outcome', () => {
    const hours = hourBoundaries(flow);
    expect(hours).toEqual([0, 8, 9, 10, 40]);
    const questionsSeen = new Set<string>();
    const outcomes = new Map<string, number>();
    let paths = 0;
    const explore = (answers: Answers, depth: number) => {
      expect(depth, 'a path longer than the number of questions means a loop').toBeLessThanOrEqual(flow.fragor.length);
      const node = nextNode(flow, answers);
      if (node.typ === 'utfall') {
        paths += 1;
        outcomes.set(node.utfall.nyckel, (outcomes.get(node.utfall.nyckel) ?? 0) + 1);
        // The path on record is exactly the questions answered, each once.
        const path = visitedPath(flow, answers).map((q) => q.nyckel);
        expect(new Set(path).size).toBe(path.length);
        return;
      }
      questionsSeen.add(node.fraga.nyckel);
      const options = candidates(node.fraga, hours);
      expect(options.length).toBeGreaterThan(0);
      for (const value of options) {
        expect(validateAnswer(node.fraga, value, kommuner)).toBeNull();
        explore({ ...answers, [node.fraga.nyckel]: value }, depth + 1);
      }
    };
    explore({}, 0);
    expect([...questionsSeen].sort()).toEqual(flow.fragor.map((q) => q.nyckel).sort());
    expect([...outcomes.keys()].sort()).toEqual(flow.utfall.map((u) => u.nyckel).sort());
    expect(paths).toBeGreaterThan(1000);
    console.info(`Hitta rätt: ${paths} paths walked, by outcome: ${JSON.stringify(Object.fromEntries(outcomes))}`);
  });

  it('walks the index copy of the flow exactly like the CMS flow', () => {
    const indexFlow = fixtureGuideIndex().flow;
    const answers = Object.fromEntries(FULL);
    expect(where(nextNode(indexFlow, answers))).toBe(where(nextNode(flow, answers)));
    expect(visitedPath(indexFlow, answers).map((q) => q.nyckel)).toEqual(visitedPath(flow, answers).map((q) => q.nyckel));
  });
});

describe('changing an earlier answer', () => {
  const full: Answers = Object.fromEntries(FULL);

  it('keeps later answers that still apply and ignores those off the path', () => {
    expect(where(nextNode(flow, full))).toBe('utfall:arbete-eller-studier');
    // Health no longer in the way: "halsa-vad" leaves the path, but its answer is kept.
    const changed: Answers = { ...full, halsa: 'nej' };
    expect(where(nextNode(flow, changed))).toBe('utfall:arbete-eller-studier');
    expect(visitedPath(flow, changed).map((q) => q.nyckel)).toEqual(['kommun', 'kontakter', 'inkomst', 'halsa', 'sprak', 'mal', 'timmar']);
    expect(changed['halsa-vad']).toEqual(['psykisk-ohalsa']);
    expect(activeAnswers(flow, changed)).not.toHaveProperty('halsa-vad');
    expect(summary(flow, changed).map((r) => r.nyckel)).not.toContain('halsa-vad');
    // Changing back brings the kept answer into use again without asking anew.
    const back: Answers = { ...changed, halsa: 'ja-lite' };
    expect(where(nextNode(flow, back))).toBe('utfall:arbete-eller-studier');
    expect(activeAnswers(flow, back)['halsa-vad']).toEqual(['psykisk-ohalsa']);
  });

  it('changes the outcome when a rule now points elsewhere, keeping the hours for later', () => {
    const changed = { ...full, mal: 'ma-battre' };
    expect(where(nextNode(flow, changed))).toBe('utfall:ma-battre');
    expect(activeAnswers(flow, changed)).not.toHaveProperty('timmar');
    expect(where(nextNode(flow, { ...changed, mal: 'studier' }))).toBe('utfall:arbete-eller-studier');
    expect(where(nextNode(flow, { ...full, timmar: 9 }))).toBe('utfall:borja-i-lugn-takt');
  });

  it('asks a newly reached question that has no answer yet', () => {
    const noHealthDetail: Record<string, Answer> = { ...full, halsa: 'nej' };
    delete noHealthDetail['halsa-vad'];
    expect(where(nextNode(flow, { ...noHealthDetail, halsa: 'ja-mycket' }))).toBe('fraga:halsa-vad');
  });
});

describe('summary ("Dina svar")', () => {
  it('lists each answered question on the path with the answer in words and the key for "Ändra"', () => {
    expect(summary(flow, Object.fromEntries(FULL), kommuner)).toEqual([
      { nyckel: 'kommun', fraga: 'Vilken kommun bor du i?', svar: 'Linköping' },
      { nyckel: 'kontakter', fraga: 'Vilka har du kontakt med just nu?', svar: 'Försäkringskassan, Vården' },
      { nyckel: 'inkomst', fraga: 'Vilken inkomst har du i dag?', svar: 'Sjukpenning' },
      { nyckel: 'halsa', fraga: 'Gör din hälsa det svårt för dig att arbeta eller studera?', svar: 'Ja, mycket' },
      {
        nyckel: 'halsa-vad',
        fraga: 'Vad är det som gör det svårt?',
        svar: 'Jag mår psykiskt dåligt, till exempel av oro, ångest eller nedstämdhet',
      },
      { nyckel: 'sprak', fraga: 'Behöver du tolk eller information på lätt svenska?', svar: 'Nej' },
      { nyckel: 'mal', fraga: 'Vad vill du helst ska hända nu?', svar: 'Jag vill börja arbeta' },
      { nyckel: 'timmar', fraga: 'Hur många timmar i veckan orkar du vara med på något?', svar: '10 timmar i veckan' },
    ]);
  });

  it('says when an optional question was skipped, and uses "timme" for one hour', () => {
    const rows = summary(flow, { ...Object.fromEntries(FULL), 'halsa-vad': [], timmar: 1 }, kommuner);
    expect(rows.find((r) => r.nyckel === 'halsa-vad')?.svar).toBe('Inget svar');
    expect(rows.find((r) => r.nyckel === 'timmar')?.svar).toBe('1 timme i veckan');
  });
});

describe('a broken flow', () => {
  it('throws instead of guessing when a rule leads nowhere', () => {
    const broken: WalkableFlow = { ...flow, regler: flow.regler.map((r) => (r.fraga === 'kommun' ? { ...r, nasta: 'saknas' } : r)) };
    expect(() => walk(broken, { kommun: '0580' })).toThrow(/"saknas"/);
  });
});
