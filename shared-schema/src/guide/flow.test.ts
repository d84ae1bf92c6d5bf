import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { STODFORMER } from '../vocabulary.ts';
import {
  GUIDE_ALTERNATIV_COMPONENT,
  GUIDE_FRAGA_COMPONENT,
  GUIDE_REGEL_COMPONENT,
  GUIDE_UTFALL_COMPONENT,
  type GuideFlow,
  GuideFlowSchema,
  GuideFragaComponentSchema,
  type GuideRegel,
  GuideRegelComponentSchema,
  HITTA_RATT_UID,
  validateGuideFlowGraph,
} from './flow.ts';

const opt = (nyckel: string, text = nyckel) => ({ nyckel, text });
const rule = (fraga: string, villkor: GuideRegel['villkor'], nasta: string, varde?: string) => ({ fraga, villkor, nasta, varde });

/** A small, sound flow: municipality → health (skips the follow-up on "nej") → hours → two outcomes. */
const flow = (): GuideFlow => ({
  id: 1,
  documentId: 'hr1',
  senastGranskad: '2026-11-01',
  granskningsintervallManader: 12,
  publishedAt: '2026-03-01T10:00:00.000Z',
  locale: 'sv',
  rubrik: 'Hitta rätt stöd för dig',
  ingress: 'Svara på några frågor, så föreslår vi stöd nära dig.',
  start: 'kommun',
  fragor: [
    { id: 1, nyckel: 'kommun', typ: 'kommun', rubrik: 'Vilken kommun bor du i?', alternativ: [], obligatorisk: true },
    {
      id: 2,
      nyckel: 'halsa',
      typ: 'enval',
      rubrik: 'Gör din hälsa det svårt att arbeta?',
      hjalptext: null,
      alternativ: [
        { id: 1, ...opt('ja', 'Ja'), stodform: 'halsa', malgrupp: null },
        { id: 2, ...opt('nej', 'Nej') },
      ],
      obligatorisk: true,
    },
    {
      id: 3,
      nyckel: 'halsa-vad',
      typ: 'flerval',
      rubrik: 'Vad gör det svårt?',
      alternativ: [
        { id: 3, ...opt('psykisk-ohalsa'), malgrupp: 'psykisk-ohalsa-eller-missbruk', livssituation: 'mar-daligt' },
        { id: 4, ...opt('kroppen') },
      ],
      obligatorisk: false,
    },
    { id: 4, nyckel: 'timmar', typ: 'timmar', rubrik: 'Hur många timmar i veckan orkar du?', alternativ: [], obligatorisk: true },
  ],
  regler: [
    rule('kommun', 'alltid', 'halsa'),
    rule('halsa', 'svar-ar', 'timmar', 'nej'),
    rule('halsa', 'alltid', 'halsa-vad'),
    rule('halsa-vad', 'svar-innehaller', 'timmar', 'kroppen'),
    rule('halsa-vad', 'alltid', 'timmar'),
    rule('timmar', 'timmar-hogst', 'lugn-takt', '9'),
    rule('timmar', 'alltid', 'arbete'),
  ],
  utfall: [
    { id: 1, nyckel: 'lugn-takt', rubrik: 'Börja i lugn takt', text: 'Här är stöd där du kan börja med några timmar.', visaInsatser: true },
    { id: 2, nyckel: 'arbete', rubrik: 'Vidare till arbete', text: 'Här är stöd som leder till arbete.', visaInsatser: true },
  ],
});

/** The flow after `change`, parsed: the issues' paths and messages (empty when accepted). */
const issues = (change: (f: GuideFlow) => void = () => {}) => {
  const f = flow();
  change(f);
  return GuideFlowSchema.safeParse(f).error?.issues.map((i) => ({ path: i.path, message: i.message })) ?? [];
};
const messages = (change: (f: GuideFlow) => void) => issues(change).map((i) => i.message);

describe('GuideFlowSchema', () => {
  it('accepts a sound flow, with defaults for options, obligatorisk and visaInsatser', () => {
    const f = flow();
    const parsed = GuideFlowSchema.parse({
      ...f,
      fragor: f.fragor.map(({ obligatorisk: _, alternativ, ...q }) => (alternativ.length > 0 ? { ...q, alternativ } : q)),
      utfall: f.utfall.map(({ visaInsatser: _, ...u }) => u),
    });
    expect(parsed.fragor[0]?.alternativ).toEqual([]);
    expect(parsed.fragor.map((f) => f.obligatorisk)).toEqual([true, true, true, true]);
    expect(parsed.utfall.map((u) => u.visaInsatser)).toEqual([true, true]);
    expect(validateGuideFlowGraph(parsed)).toEqual([]);
    expect([HITTA_RATT_UID, GUIDE_FRAGA_COMPONENT, GUIDE_ALTERNATIV_COMPONENT, GUIDE_REGEL_COMPONENT, GUIDE_UTFALL_COMPONENT]).toEqual([
      'api::hitta-ratt.hitta-ratt',
      'guide.fraga',
      'guide.alternativ',
      'guide.regel',
      'guide.utfall',
    ]);
  });

  it('refuses keys that are not slugs, and unknown kinds and conditions', () => {
    expect(GuideFragaComponentSchema.safeParse({ nyckel: 'Vad vill du?', typ: 'enval', rubrik: 'x' }).error?.issues[0]?.message).toMatch(
      /Nyckeln får bara innehålla små bokstäver/,
    );
    expect(GuideFragaComponentSchema.safeParse({ nyckel: 'x', typ: 'fritext', rubrik: 'x' }).error?.issues[0]?.message).toMatch(
      /Välj frågans typ/,
    );
    expect(GuideRegelComponentSchema.safeParse(rule('x', 'om' as GuideRegel['villkor'], 'y')).error?.issues[0]?.message).toMatch(
      /Välj regelns villkor/,
    );
    expect(messages((f) => Object.assign(f.fragor[1]?.alternativ[0] ?? {}, { stodform: 'terapi' }))[0]).toMatch(/Välj en stödform/);
  });

  it('reports field and graph problems together, but checks the graph only when every part is there', () => {
    expect(
      issues((f) => {
        f.rubrik = '';
        f.start = 'finns-inte';
      }).map((i) => i.path),
    ).toEqual([['rubrik'], ['start']]);
    // A rule without "Nästa" (an unfinished component) is reported alone: the graph cannot be read yet.
    expect(
      issues((f) => {
        f.start = 'finns-inte';
        Object.assign(f.regler[0] ?? {}, { nasta: undefined });
      }).map((i) => i.path),
    ).toEqual([['regler', 0, 'nasta']]);
  });
});

describe('graph validation: each problem with its path and Swedish message', () => {
  it('refuses a key used by two questions, or by a question and an outcome', () => {
    expect(issues((f) => Object.assign(f.utfall[0] ?? {}, { nyckel: 'halsa' }))).toContainEqual({
      path: ['utfall', 0, 'nyckel'],
      message: 'Nyckeln "halsa" används redan av fråga 2. Varje fråga och utfall behöver en egen nyckel.',
    });
  });

  it('refuses two options with the same key in one question', () => {
    expect(issues((f) => Object.assign(f.fragor[2]?.alternativ[1] ?? {}, { nyckel: 'psykisk-ohalsa' }))).toContainEqual({
      path: ['fragor', 2, 'alternativ', 1, 'nyckel'],
      message: 'Frågan "halsa-vad" har två svarsalternativ med nyckeln "psykisk-ohalsa". Ge varje alternativ en egen nyckel.',
    });
  });

  it('refuses a start question that does not exist, or that is an outcome', () => {
    expect(issues((f) => Object.assign(f, { start: 'bostad' }))).toContainEqual({
      path: ['start'],
      message: 'Startfrågan "bostad" finns inte bland frågorna. Skriv nyckeln till en av frågorna, t.ex. "kommun".',
    });
    expect(messages((f) => Object.assign(f, { start: 'arbete' }))).toContain(
      'Guiden börjar med "arbete", som är ett utfall. Guiden måste börja med en fråga. Skriv nyckeln till en av frågorna, t.ex. "kommun".',
    );
  });

  it('refuses a rule for a question that does not exist, or for an outcome', () => {
    expect(issues((f) => f.regler.push(rule('bostad', 'alltid', 'arbete')))).toContainEqual({
      path: ['regler', 7, 'fraga'],
      message: 'Regel 8 hör till frågan "bostad", som inte finns. Rätta nyckeln under "Fråga" eller ta bort regeln.',
    });
    expect(messages((f) => f.regler.push(rule('arbete', 'alltid', 'lugn-takt')))).toContain(
      'Regel 8 hör till "arbete", som är ett utfall. Regler kan bara höra till frågor – ett utfall är slutet på guiden.',
    );
  });

  it('refuses a rule that leads to a question or outcome that does not exist', () => {
    expect(issues((f) => Object.assign(f.regler[0] ?? {}, { nasta: 'halsan' }))).toContainEqual({
      path: ['regler', 0, 'nasta'],
      message: 'Regel 1 (frågan "kommun") leder till "halsan", som inte finns bland frågorna eller utfallen. Rätta nyckeln under "Nästa".',
    });
  });

  it('refuses an answer value that is not an option of the question, or is missing', () => {
    expect(issues((f) => Object.assign(f.regler[1] ?? {}, { varde: 'kanske' }))).toContainEqual({
      path: ['regler', 1, 'varde'],
      message: 'Regel 2 (frågan "halsa") jämför med "kanske", som inte är ett svarsalternativ till frågan. Välj ett av: "ja", "nej".',
    });
    expect(messages((f) => Object.assign(f.regler[1] ?? {}, { varde: null }))).toContain(
      'Regel 2 (frågan "halsa") saknar värde. Skriv nyckeln till det svarsalternativ som regeln gäller, t.ex. "ja".',
    );
  });

  it('refuses hours outside 0–40, or that are not a number', () => {
    for (const varde of ['41', 'tio', '-1', null]) {
      expect(issues((f) => Object.assign(f.regler[5] ?? {}, { varde }))).toContainEqual({
        path: ['regler', 5, 'varde'],
        message: expect.stringMatching(/^Regel 6 \(frågan "timmar"\) behöver ett antal timmar mellan 0 och 40 under "Värde", t\.ex\. "10"/),
      });
    }
    expect(issues((f) => Object.assign(f.regler[5] ?? {}, { varde: '7.5' }))).toEqual([]);
  });

  it('refuses a value on an "alltid" rule', () => {
    expect(issues((f) => Object.assign(f.regler[0] ?? {}, { varde: 'linkoping' }))).toContainEqual({
      path: ['regler', 0, 'varde'],
      message:
        'Regel 1 (frågan "kommun") gäller alltid, så värdet "linkoping" används inte. Töm fältet "Värde" eller välj ett annat villkor.',
    });
  });

  it('refuses conditions that do not fit the kind of question', () => {
    expect(messages((f) => Object.assign(f.regler[3] ?? {}, { villkor: 'svar-ar' }))).toContain(
      'Regel 4 (frågan "halsa-vad"): frågan är en flervalsfråga – använd villkoret "svar-innehaller" i stället för "svar-ar".',
    );
    expect(messages((f) => Object.assign(f.regler[1] ?? {}, { villkor: 'svar-innehaller' }))).toContain(
      'Regel 2 (frågan "halsa"): frågan är en envalsfråga – använd villkoret "svar-ar" i stället för "svar-innehaller".',
    );
    expect(messages((f) => f.regler.splice(5, 0, rule('timmar', 'svar-ar', 'arbete', 'nej')))).toContain(
      'Regel 6 (frågan "timmar"): frågan är av typen "timmar" och har inga svarsalternativ, så villkoret "svar-ar" kan aldrig gälla. Använd "timmar-minst", "timmar-hogst" eller "alltid".',
    );
    expect(messages((f) => f.regler.splice(1, 0, rule('halsa', 'timmar-minst', 'arbete', '10')))).toContain(
      'Regel 2 (frågan "halsa"): villkoret "timmar-minst" fungerar bara för frågor av typen "timmar", men frågan är av typen "enval".',
    );
  });

  it('refuses a question without a default rule', () => {
    expect(issues((f) => f.regler.splice(6, 1))).toContainEqual({
      path: ['regler'],
      message:
        'Frågan "timmar" saknar en standardregel. Lägg till en sista regel för frågan med villkoret "alltid", så att alla svar leder vidare.',
    });
    expect(messages((f) => f.regler.splice(0, 1))).toContain(
      'Frågan "kommun" saknar en standardregel. Lägg till en sista regel för frågan med villkoret "alltid", så att alla svar leder vidare.',
    );
  });

  it('refuses a rule after the default, which can never apply', () => {
    expect(issues((f) => f.regler.push(rule('halsa', 'svar-ar', 'arbete', 'ja')))).toEqual([
      {
        path: ['regler', 7],
        message:
          'Regel 8 (frågan "halsa") kommer aldrig att användas eftersom regeln före den gäller alltid (Regel 3). Standardregeln måste vara frågans sista regel: flytta den sist eller ta bort regel 8.',
      },
    ]);
  });

  it('refuses a rule that an earlier rule already covers', () => {
    expect(messages((f) => f.regler.splice(2, 0, rule('halsa', 'svar-ar', 'arbete', 'nej')))).toContain(
      'Regel 3 (frågan "halsa") kommer aldrig att användas eftersom regel 2 före den redan gäller för samma svar. Ta bort regeln eller ändra villkoret.',
    );
    expect(messages((f) => f.regler.splice(6, 0, rule('timmar', 'timmar-hogst', 'arbete', '5')))).toContain(
      'Regel 7 (frågan "timmar") kommer aldrig att användas eftersom regel 6 före den redan gäller för samma svar. Ta bort regeln eller ändra villkoret.',
    );
    // At most 20 after "at most 9" is a real second band, not a duplicate.
    expect(issues((f) => f.regler.splice(6, 0, rule('timmar', 'timmar-hogst', 'arbete', '20')))).toEqual([]);
  });

  it('refuses questions and outcomes that cannot be reached from the start', () => {
    const found = issues((f) => {
      f.fragor.push({
        id: 5,
        nyckel: 'sprak',
        typ: 'enval',
        rubrik: 'Behöver du tolk?',
        alternativ: [opt('ja'), opt('nej')],
        obligatorisk: true,
      });
      f.regler.push(rule('sprak', 'alltid', 'arbete'));
      f.utfall.push({ id: 3, nyckel: 'rattigheter', rubrik: 'Dina rättigheter', text: 'Läs mer.', visaInsatser: false });
    });
    expect(found).toEqual([
      {
        path: ['fragor', 4, 'nyckel'],
        message:
          'Frågan "sprak" går inte att nå: ingen regel leder dit från startfrågan "kommun". Lägg till en regel som leder till frågan, eller ta bort den.',
      },
      {
        path: ['utfall', 2, 'nyckel'],
        message:
          'Utfallet "rattigheter" går inte att nå: ingen regel leder dit från startfrågan "kommun". Lägg till en regel som leder till utfallet, eller ta bort det.',
      },
    ]);
  });

  it('refuses a cycle, naming the questions in it', () => {
    expect(issues((f) => Object.assign(f.regler[4] ?? {}, { nasta: 'halsa' }))).toEqual([
      {
        path: ['regler', 4, 'nasta'],
        message:
          'Frågorna går i en slinga: "halsa" → "halsa-vad" → "halsa". En besökare kan hamna på samma fråga igen och aldrig komma fram. Ändra regel 5 så att den leder vidare till en senare fråga eller ett utfall.',
      },
    ]);
    // A question that leads to itself is the shortest cycle.
    expect(messages((f) => Object.assign(f.regler[0] ?? {}, { nasta: 'kommun' }))).toContain(
      'Frågorna går i en slinga: "kommun" → "kommun". En besökare kan hamna på samma fråga igen och aldrig komma fram. Ändra regel 1 så att den leder vidare till en senare fråga eller ett utfall.',
    );
  });

  it('refuses a flow without outcomes or without questions', () => {
    expect(
      issues((f) => {
        f.utfall = [];
        f.regler = f.regler.map((r) => (r.fraga === 'timmar' ? { ...r, nasta: 'kommun' } : r));
      }).find((i) => i.path[0] === 'utfall'),
    ).toEqual({
      path: ['utfall'],
      message: 'Guiden har inga utfall. Lägg till minst ett utfall under "Utfall" – det är där besökaren hamnar när frågorna är slut.',
    });
    expect(messages((f) => Object.assign(f, { fragor: [], regler: [] }))).toContain(
      'Guiden har inga frågor. Lägg till minst en fråga under "Frågor".',
    );
  });

  it('refuses a choice question with fewer than two options, and options on kommun and timmar questions', () => {
    expect(issues((f) => f.fragor[1]?.alternativ.splice(0, 1))).toContainEqual({
      path: ['fragor', 1, 'alternativ'],
      message: 'Frågan "halsa" är en envalsfråga men har bara ett svarsalternativ. Lägg till minst två alternativ.',
    });
    expect(messages((f) => Object.assign(f.fragor[2] ?? {}, { alternativ: [] }))).toContain(
      'Frågan "halsa-vad" är en flervalsfråga men har inga svarsalternativ. Lägg till minst två alternativ.',
    );
    expect(issues((f) => Object.assign(f.fragor[0] ?? {}, { alternativ: [opt('linkoping')] }))).toContainEqual({
      path: ['fragor', 0, 'alternativ'],
      message:
        'Frågan "kommun" är av typen "kommun" och ska inte ha några svarsalternativ – besökaren väljer sin kommun i en lista. Ta bort alternativen eller byt typ.',
    });
  });
});

// ---------------------------------------------------------------------------------------------
// The demo flow in cms/data/hitta-ratt.json, walked path by path
// ---------------------------------------------------------------------------------------------

const dataDir = path.resolve(import.meta.dirname, '..', '..', '..', 'cms', 'data');
const readData = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(dataDir, file), 'utf8'));
const demo = (): GuideFlow => GuideFlowSchema.parse({ id: 1, documentId: 'demo', ...(readData('hitta-ratt.json') as object) });

type Answer = string | string[] | number | undefined;

/**
 * A test oracle for how rules are read (the first rule of the question that applies wins),
 * so the walk below checks real answers, not just the rule graph. The engine must agree.
 */
const applies = (r: GuideRegel, answer: Answer): boolean => {
  switch (r.villkor) {
    case 'alltid':
      return true;
    case 'svar-ar':
      return answer === r.varde;
    case 'svar-innehaller':
      return Array.isArray(answer) && answer.includes(r.varde ?? '');
    case 'timmar-minst':
      return typeof answer === 'number' && answer >= Number(r.varde);
    case 'timmar-hogst':
      return typeof answer === 'number' && answer <= Number(r.varde);
  }
};
const next = (f: GuideFlow, fraga: string, answer: Answer) => f.regler.find((r) => r.fraga === fraga && applies(r, answer))?.nasta;

/** Representative answers per question: every option, every single choice and all/none for flerval, hours at the edges. */
function answersFor(q: GuideFlow['fragor'][number]): Answer[] {
  const keys = q.alternativ.map((a) => a.nyckel);
  const optional: Answer[] = q.obligatorisk ? [] : [undefined];
  switch (q.typ) {
    case 'enval':
      return [...keys, ...optional];
    case 'flerval':
      return [...keys.map((k) => [k]), keys, ...(q.obligatorisk ? [] : [[]]), ...optional];
    case 'kommun':
      return ['0580', ...optional];
    case 'timmar':
      return [0, 1, 9, 10, 20, 40, ...optional];
  }
}

describe('the demo flow (cms/data/hitta-ratt.json)', () => {
  it('is a sound flow', () => {
    const f = demo();
    expect(validateGuideFlowGraph(f)).toEqual([]);
    expect(f.fragor.map((q) => q.typ)).toEqual(expect.arrayContaining(['kommun', 'flerval', 'enval', 'timmar']));
    expect(f.utfall.length).toBeGreaterThanOrEqual(3);
  });

  it('uses målgrupper, livssituationer and stödformer that exist', () => {
    const slugs = (file: string) => (readData(file) as { slug: string }[]).map((r) => r.slug);
    const malgrupper = slugs('malgrupper.json');
    const livssituationer = slugs('livssituationer.json');
    const options = demo().fragor.flatMap((q) => q.alternativ);
    for (const a of options) {
      if (a.malgrupp) expect(malgrupper, a.nyckel).toContain(a.malgrupp);
      if (a.livssituation) expect(livssituationer, a.nyckel).toContain(a.livssituation);
      if (a.stodform) expect(STODFORMER, a.nyckel).toContain(a.stodform);
    }
    expect(options.filter((a) => a.malgrupp || a.livssituation || a.stodform || a.mal).length).toBeGreaterThan(5);
  });

  it('ends every path in an outcome, asks no question twice, and reaches every outcome', () => {
    const f = demo();
    const questions = new Map(f.fragor.map((q) => [q.nyckel, q]));
    const outcomes = new Set(f.utfall.map((u) => u.nyckel));
    const reached = new Set<string>();
    let paths = 0;
    const walk = (key: string, seen: string[]) => {
      if (outcomes.has(key)) {
        reached.add(key);
        paths += 1;
        return;
      }
      const q = questions.get(key);
      expect(q, `"${key}" after ${seen.join(' → ')}`).toBeDefined();
      if (!q) return;
      expect(seen, `"${key}" asked twice`).not.toContain(key);
      for (const answer of answersFor(q)) {
        const to = next(f, key, answer);
        expect(to, `${key} = ${JSON.stringify(answer)} leads nowhere`).toBeDefined();
        if (to) walk(to, [...seen, key]);
      }
    };
    walk(f.start, []);
    expect([...reached].sort()).toEqual([...outcomes].sort());
    expect(paths).toBeGreaterThan(1000);
  });

  it('branches where it should: skips the health follow-up, sends rights and feeling better to their own outcomes, splits on hours', () => {
    const f = demo();
    expect(next(f, 'halsa', 'nej')).toBe('sprak');
    expect(next(f, 'halsa', 'vill-inte-svara')).toBe('sprak');
    expect(next(f, 'halsa', 'ja-mycket')).toBe('halsa-vad');
    expect(next(f, 'halsa-vad', undefined)).toBe('sprak');
    expect(next(f, 'mal', 'forsta-rattigheter')).toBe('forsta-rattigheter');
    expect(next(f, 'mal', 'ma-battre')).toBe('ma-battre');
    expect(next(f, 'mal', 'arbete')).toBe('timmar');
    expect(next(f, 'mal', 'studier')).toBe('timmar');
    expect(next(f, 'timmar', 9)).toBe('borja-i-lugn-takt');
    expect(next(f, 'timmar', 10)).toBe('arbete-eller-studier');
    expect(f.utfall.find((u) => u.nyckel === 'forsta-rattigheter')?.visaInsatser).toBe(false);
  });
});
