import { describe, expect, it } from 'vitest';
import { FeedbackComponentSchema, TILLGANGLIGHETSREDOGORELSE_UID, TillganglighetsredogorelseSchema } from './tillganglighetsredogorelse.ts';

const p = (text: string) => ({ type: 'paragraph' as const, children: [{ type: 'text' as const, text }] });

const redogorelse = () => ({
  id: 1,
  documentId: 'tg1',
  senastGranskad: '2026-10-15',
  publishedAt: '2026-02-10T08:00:00.000Z',
  locale: 'sv',
  titel: 'Tillgänglighet för Välfärdsguiden',
  ingress: 'Välfärdsguiden drivs av samordningsförbunden. Vi vill att så många som möjligt ska kunna använda webbplatsen.',
  efterlevnad: 'delvis',
  efterlevnadText: [p('Webbplatsen är delvis förenlig med lagen om tillgänglighet till digital offentlig service.')],
  kandaProblem: [
    {
      id: 1,
      problem: 'Kartan över insatser går inte att använda med tangentbord.',
      varfor: 'Kartkomponenten saknar stöd för tangentbord.',
      atgard: 'Samma insatser finns i listan under kartan.',
      klart: '2026-06-30',
    },
  ],
  bedomning: { id: 2, metod: 'Egen granskning och automatiska tester vid varje bygge.', datum: '2026-02-01' },
  uppdaterad: '2026-02-10',
  feedback: {
    id: 3,
    text: 'Om du upptäcker problem, kontakta oss.',
    epost: 'tillganglighet@valfardsguiden.se',
    telefon: null,
    formular: '/kontakt',
  },
  tillsyn: { id: 4, text: 'Myndigheten för digital förvaltning (DIGG) har tillsyn över lagen.', url: 'https://www.digg.se/anmal' },
  lagstiftning: 'Lagen (2018:1937) om tillgänglighet till digital offentlig service.',
});

const issues = (input: unknown) =>
  TillganglighetsredogorelseSchema.safeParse(input).error?.issues.map((i) => ({ path: i.path, message: i.message })) ?? [];

describe('TillganglighetsredogorelseSchema', () => {
  it('accepts a realistic statement with a known problem', () => {
    expect(TillganglighetsredogorelseSchema.parse(redogorelse()).kandaProblem).toHaveLength(1);
    expect(TILLGANGLIGHETSREDOGORELSE_UID).toBe('api::tillganglighetsredogorelse.tillganglighetsredogorelse');
  });

  it('accepts full compliance without known problems; known problems default to an empty list', () => {
    const { kandaProblem: _, ...rest } = redogorelse();
    expect(TillganglighetsredogorelseSchema.parse({ ...rest, efterlevnad: 'fullt' }).kandaProblem).toEqual([]);
  });

  it.each(['delvis', 'inte'])('requires at least one known problem when efterlevnad is %s', (efterlevnad) => {
    expect(issues({ ...redogorelse(), efterlevnad, kandaProblem: [] })).toEqual([
      {
        path: ['kandaProblem'],
        message: `Efterlevnaden är "${efterlevnad}", då måste minst ett känt problem anges. Lägg till problemet under "Kända problem", eller ändra efterlevnaden till "fullt" om webbplatsen uppfyller alla krav.`,
      },
    ]);
  });

  it('refuses a supervision link that is not https', () => {
    const r = redogorelse();
    expect(issues({ ...r, tillsyn: { ...r.tillsyn, url: 'http://www.digg.se/anmal' } })).toEqual([
      { path: ['tillsyn', 'url'], message: 'Webbadressen måste börja med https://.' },
    ]);
  });

  it('refuses missing components with Swedish messages', () => {
    expect(issues({ ...redogorelse(), bedomning: null, tillsyn: undefined })).toEqual([
      { path: ['bedomning'], message: 'Bedömningen saknas. Fyll i hur och när webbplatsen granskades.' },
      { path: ['tillsyn'], message: 'Uppgifterna om tillsyn saknas. Fyll i text och länk till DIGG.' },
    ]);
  });

  it('refuses an unknown compliance status', () => {
    expect(issues({ ...redogorelse(), efterlevnad: 'nästan' })).toEqual([
      { path: ['efterlevnad'], message: 'Välj efterlevnad: "fullt", "delvis" eller "inte".' },
    ]);
  });
});

describe('FeedbackComponentSchema', () => {
  it('requires at least one way to report problems', () => {
    const result = FeedbackComponentSchema.safeParse({ text: 'Hör av dig.', epost: null, telefon: null, formular: null });
    expect(result.error?.issues).toMatchObject([
      { path: ['epost'], message: 'Ange minst ett sätt att meddela brister: e-post, telefon eller formulär.' },
    ]);
  });

  it('checks e-mail, phone and form formats', () => {
    const result = FeedbackComponentSchema.safeParse({ epost: 'inte-en-adress', telefon: '12345', formular: 'https://exempel.se/form' });
    expect(result.error?.issues.map((i) => i.path[0])).toEqual(['epost', 'telefon', 'formular']);
    expect(FeedbackComponentSchema.parse({ telefon: '013-20 60 00' }).telefon).toBe('013-20 60 00');
  });
});
