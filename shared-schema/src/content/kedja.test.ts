import { describe, expect, it } from 'vitest';
import { KEDJA_SLUT_COMPONENT, KEDJA_STEG_COMPONENT, KEDJA_UID, KedjaSchema, KedjaStegComponentSchema } from './kedja.ts';

const p = (text: string) => ({ type: 'paragraph' as const, children: [{ type: 'text' as const, text }] });
const fk = { documentId: 'a1', slug: 'forsakringskassan', namn: 'Försäkringskassan' };
const region = { documentId: 'a2', slug: 'regionen', namn: 'Regionen' };

const sjukskriven = () => ({
  id: 5,
  documentId: 'kd5ab',
  publishedAt: '2026-02-01T10:00:00.000Z',
  locale: 'sv',
  titel: 'Jag är sjukskriven och har ingen anställning',
  slug: 'sjukskriven-utan-anstallning',
  livssituation: { documentId: 'l1', slug: 'sjukskriven-utan-anstallning' },
  introduktion: [p('Här ser du vad som brukar hända när du blir sjuk och inte har ett arbete.')],
  steg: [
    {
      id: 1,
      aktor: region,
      rubrik: 'Du träffar en läkare',
      vadHander: 'Läkaren undersöker dig och skriver ett läkarintyg.',
      regel: 'Försäkringskassan behöver ett läkarintyg från den åttonde dagen du är sjuk.',
      tid: 'Första veckan',
      duKan: 'Berätta vad du har svårt att göra i vardagen.',
      insatser: [],
      parallell: false,
    },
    {
      id: 2,
      aktor: fk,
      rubrik: 'Du ansöker om sjukpenning',
      vadHander: 'Du anmäler till Försäkringskassan att du är sjuk.',
      regel: null,
      tid: null,
      duKan: null,
      insatser: [{ documentId: 'i1', slug: 'jonsbo' }],
      parallell: false,
    },
    { id: 3, aktor: region, rubrik: 'Behandling och rehabilitering', vadHander: 'Du får behandling.', insatser: [], parallell: true },
  ],
  slut: { id: 9, typ: 'glapp', forklaring: 'Här tar kedjan ofta slut utan att leda till arbete eller studier.' },
  senastGranskad: '2026-01-15',
  granskningsintervallManader: 6,
});

const issues = (input: unknown) => KedjaSchema.safeParse(input).error?.issues.map((i) => ({ path: i.path, message: i.message })) ?? [];

describe('KedjaSchema', () => {
  it('accepts a realistic chain that ends in a gap, with a parallel step', () => {
    const parsed = KedjaSchema.parse(sjukskriven());
    expect(parsed.steg.map((s) => s.parallell)).toEqual([false, false, true]);
    expect(parsed.slut.typ).toBe('glapp');
    expect([KEDJA_UID, KEDJA_STEG_COMPONENT, KEDJA_SLUT_COMPONENT]).toEqual(['api::kedja.kedja', 'kedja.steg', 'kedja.slut']);
  });

  it('applies defaults: parallell false, empty insatser, review interval 12', () => {
    const { granskningsintervallManader: _, ...rest } = sjukskriven();
    const parsed = KedjaSchema.parse({
      ...rest,
      steg: [
        { aktor: region, rubrik: 'Steg ett', vadHander: 'Något händer.' },
        { aktor: fk, rubrik: 'Steg två', vadHander: 'Något mer händer.' },
      ],
    });
    expect(parsed.granskningsintervallManader).toBe(12);
    expect(parsed.steg[1]).toMatchObject({ parallell: false, insatser: [] });
  });

  it('refuses a chain with fewer than two steps', () => {
    expect(issues({ ...sjukskriven(), steg: [sjukskriven().steg[0]] })).toEqual([
      { path: ['steg'], message: 'En kedja behöver minst två steg. Lägg till fler steg under "Steg".' },
    ]);
  });

  it('refuses a parallel first step', () => {
    const [first, ...rest] = sjukskriven().steg;
    expect(issues({ ...sjukskriven(), steg: [{ ...first, parallell: true }, ...rest] })).toEqual([
      {
        path: ['steg', 0, 'parallell'],
        message:
          'Det första steget kan inte vara parallellt – det finns inget steg före som det kan pågå samtidigt med. Ta bort markeringen "Parallellt med föregående steg" på steg 1.',
      },
    ]);
  });

  it('refuses a step without an actor', () => {
    const steg = sjukskriven().steg;
    expect(issues({ ...sjukskriven(), steg: [steg[0], { ...steg[1], aktor: null }] })).toEqual([
      { path: ['steg', 1, 'aktor'], message: 'Steget saknar aktör. Välj vilken aktör som har ansvaret i steget, t.ex. Försäkringskassan.' },
    ]);
  });

  it('refuses a missing or unknown ending', () => {
    expect(issues({ ...sjukskriven(), slut: null })).toEqual([
      { path: ['slut'], message: 'Kedjans slut saknas. Fyll i "Slut": leder kedjan till arbete/studier eller slutar den i ett glapp?' },
    ]);
    expect(issues({ ...sjukskriven(), slut: { typ: 'arbete', forklaring: 'Arbete.' } })).toEqual([
      { path: ['slut', 'typ'], message: 'Välj hur kedjan slutar: "arbete-studier" eller "glapp".' },
    ]);
  });
});

describe('KedjaStegComponentSchema', () => {
  it('refuses an empty "Vad händer"', () => {
    const result = KedjaStegComponentSchema.safeParse({ aktor: fk, rubrik: 'Beslut', vadHander: '' });
    expect(result.error?.issues[0]?.message).toBe('Fältet "Vad händer" är tomt. Beskriv vad som händer i steget.');
  });
});
