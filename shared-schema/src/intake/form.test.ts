import { describe, expect, it } from 'vitest';
import { formFieldPath, formToPayload, parseFormFields } from './form.ts';
import { SubmissionSchema } from './submission.ts';

describe('formFieldPath', () => {
  it('splits bracketed names and keeps plain ones whole', () => {
    expect(formFieldPath('nyckel')).toEqual(['nyckel']);
    expect(formFieldPath('uppgifter[namn]')).toEqual(['uppgifter', 'namn']);
    expect(formFieldPath('uppgifter[plats][adress]')).toEqual(['uppgifter', 'plats', 'adress']);
    expect(formFieldPath('trasig[namn')).toEqual(['trasig[namn']);
  });
});

describe('parseFormFields', () => {
  it('nests by name and turns repeated names into lists, as the CMS parses the same form', () => {
    const form = new URLSearchParams();
    form.append('nyckel', 'vg_nyckel');
    form.append('uppgifter[namn]', 'Snickeriet');
    form.append('uppgifter[plats][adress]', 'Verkstadsgatan 1');
    form.append('uppgifter[kommuner]', '0580');
    form.append('uppgifter[kommuner]', '0513');
    form.append('uppgifter[kommuner]', '0586');
    form.append('uppgifter[vagarIn]', 'egen-anmalan');
    expect(parseFormFields(form)).toEqual({
      nyckel: 'vg_nyckel',
      uppgifter: {
        namn: 'Snickeriet',
        plats: { adress: 'Verkstadsgatan 1' },
        kommuner: ['0580', '0513', '0586'],
        vagarIn: 'egen-anmalan',
      },
    });
  });

  it('never writes to an object prototype and skips names that clash', () => {
    const parsed = parseFormFields([
      ['__proto__[polluted]', 'ja'],
      ['uppgifter[constructor][prototype][x]', 'ja'],
      ['uppgifter', 'text'],
      ['uppgifter[namn]', 'A'],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(parsed).toEqual({ uppgifter: 'text' });
  });
});

describe('formToPayload', () => {
  it('turns a plain form into the JSON shape: numbers, yes/no, lists, empty sections left out', () => {
    const payload = formToPayload({
      nyckel: 'k',
      uppgifter: {
        namn: 'A',
        timmarMin: '6',
        digital: 'ja',
        kommuner: '0580',
        aktiviteter: 'Snickeri\r\nMåleri\n',
        plats: { adress: '', ort: '' },
      },
      avsandare: { roll: 'R', namn: '' },
    });
    expect(payload).toEqual({
      nyckel: 'k',
      uppgifter: { namn: 'A', timmarMin: 6, digital: true, kommuner: ['0580'], aktiviteter: ['Snickeri', 'Måleri'] },
      avsandare: { roll: 'R' },
    });
  });

  it('leaves an empty list textarea out, so a proposed change never empties a list by accident', () => {
    expect(formToPayload({ typ: 'andring', uppgifter: { aktiviteter: '', steg: ' \n ', sprak: '', malgrupper: '' } })).toEqual({
      typ: 'andring',
      uppgifter: { malgrupper: [] },
    });
  });

  it('leaves wrong values for the schema to report', () => {
    expect(formToPayload({ uppgifter: { timmarMin: 'fyra' } })).toEqual({ uppgifter: { timmarMin: 'fyra' } });
  });

  it('reads the numbered object the CMS body parser makes of more than 20 repeated names as a list', () => {
    const kommuner = Array.from({ length: 25 }, (_, i) => String(580 + i).padStart(4, '0'));
    const overflow = Object.fromEntries(kommuner.map((k, i) => [String(i), k]));
    expect(formToPayload({ uppgifter: { kommuner: overflow } })).toEqual({ uppgifter: { kommuner } });
  });

  it('gives the schema a valid submission from a filled-in form', () => {
    const form = new URLSearchParams({
      nyckel: 'vg_nyckel',
      typ: 'ny-insats',
      'uppgifter[namn]': 'Snickeriet',
      'uppgifter[sammanfattning]': 'Du snickrar i en verkstad.',
      'uppgifter[beskrivning]': 'Vi bygger möbler.',
      'uppgifter[stodform]': 'arbetstraning',
      'uppgifter[timmarMin]': '6',
      'uppgifter[ko]': 'nej',
      'uppgifter[sprak]': 'svenska\narabiska',
      'uppgifter[plats][ort]': '',
      'avsandare[roll]': 'Handledare',
      'avsandare[epost]': 'handledare@example.se',
    });
    const result = SubmissionSchema.safeParse(formToPayload(parseFormFields(form)));
    expect(result.success).toBe(true);
    expect(result.data?.uppgifter).toEqual({
      namn: 'Snickeriet',
      sammanfattning: 'Du snickrar i en verkstad.',
      beskrivning: 'Vi bygger möbler.',
      stodform: 'arbetstraning',
      timmarMin: 6,
      ko: false,
      sprak: ['svenska', 'arabiska'],
    });
  });
});
