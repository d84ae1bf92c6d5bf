import { describe, expect, it } from 'vitest';
import { ALDERSGRUPP_ETIKETT, aldersgruppFranData, BERATTELSE_UID, BerattelseSchema, BerattelseStegComponentSchema } from './berattelse.ts';

const p = (text: string) => ({ type: 'paragraph' as const, children: [{ type: 'text' as const, text }] });

const sara = () => ({
  id: 12,
  documentId: 'b1x9k2',
  publishedAt: '2026-03-21T08:00:00.000Z',
  locale: 'sv',
  titel: 'Från soffan till växthuset',
  slug: 'sara-fran-soffan-till-vaxthuset',
  pseudonym: 'Sara',
  aldersgrupp: 'alder-45-64',
  ingress: 'Sara hade varit sjukskriven i över ett år och hade inget jobb att gå tillbaka till. I dag arbetar hon på en plantskola.',
  utgangslage: [p('Sara arbetade länge i butik. När butiken stängde blev hon arbetslös.')],
  steg: [
    {
      id: 1,
      rubrik: 'Några timmar i veckan på Jonsbo',
      text: 'Handläggaren skickade en remiss till Jonsbo. I början var hon där tre förmiddagar i veckan.',
      aktor: { documentId: 'a1', slug: 'forsakringskassan', namn: 'Försäkringskassan' },
    },
    { id: 2, rubrik: 'Anpassade arbetsuppgifter', text: 'Hon började med lugna uppgifter före öppning.', aktor: null },
  ],
  aktorer: [{ documentId: 'a1', slug: 'forsakringskassan' }],
  resultat: [p('Sara arbetar 75 procent på plantskolan.')],
  insatser: [{ documentId: 'i1', slug: 'jonsbo' }],
  livssituationer: [{ documentId: 'l1', slug: 'sjukskriven-utan-anstallning' }],
  bild: null,
  bildAlt: null,
  samtyckeDatum: '2026-03-14',
  senastGranskad: '2026-03-20',
});

const messages = (input: unknown) => BerattelseSchema.safeParse(input).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('BerattelseSchema', () => {
  it('accepts a realistic published story', () => {
    const parsed = BerattelseSchema.parse(sara());
    expect(parsed.steg).toHaveLength(2);
    expect(parsed.samtyckeDatum).toBe('2026-03-14');
    expect(BERATTELSE_UID).toBe('api::berattelse.berattelse');
  });

  it('applies defaults: review interval 12 months, empty relation lists', () => {
    const { aktorer: _a, insatser: _i, livssituationer: _l, steg: _s, ...rest } = sara();
    const parsed = BerattelseSchema.parse(rest);
    expect(parsed.granskningsintervallManader).toBe(12);
    expect(parsed.aktorer).toEqual([]);
    expect(parsed.insatser).toEqual([]);
    expect(parsed.livssituationer).toEqual([]);
    expect(parsed.steg).toEqual([]);
  });

  it.each([
    ['null', null],
    ['missing', undefined],
  ])('refuses a story without consent (%s), naming the story', (_label, samtyckeDatum) => {
    expect(messages({ ...sara(), samtyckeDatum })).toEqual([
      'samtyckeDatum: Berättelsen "Från soffan till växthuset" saknar datum för samtycke. En berättelse får inte publiceras utan samtycke.',
    ]);
  });

  it('reports missing consent even when other fields are also wrong', () => {
    const result = messages({ ...sara(), samtyckeDatum: null, pseudonym: '' });
    expect(result).toContain('pseudonym: Pseudonym saknas. Skriv ett påhittat förnamn, aldrig personens riktiga namn.');
    expect(result.some((m) => m.startsWith('samtyckeDatum: Berättelsen "Från soffan till växthuset" saknar datum för samtycke'))).toBe(
      true,
    );
  });

  it('refuses a consent date in another format', () => {
    expect(messages({ ...sara(), samtyckeDatum: '14/3/2026' })).toEqual([
      'samtyckeDatum: Datumet måste skrivas ÅÅÅÅ-MM-DD, t.ex. 2026-03-01.',
    ]);
  });

  it('requires alt text when an image is set', () => {
    const bild = { id: 3, url: '/uploads/vaxthus.jpg', alternativeText: null, width: 1200, height: 800, mime: 'image/jpeg' };
    expect(messages({ ...sara(), bild, bildAlt: '  ' })).toEqual([
      'bildAlt: Bilden i berättelsen "Från soffan till växthuset" saknar alt-text. Skriv i "Bildens alt-text" vad bilden visar, eller ta bort bilden.',
    ]);
    expect(BerattelseSchema.safeParse({ ...sara(), bild, bildAlt: 'Händer som planterar tomatplantor i ett växthus.' }).success).toBe(true);
  });

  it('refuses an unknown age band and a bad slug with Swedish messages', () => {
    expect(messages({ ...sara(), aldersgrupp: '45–64' })).toEqual([
      'aldersgrupp: Åldersgruppen måste vara en av alder-19-29, alder-30-44, alder-45-64 eller alder-65-plus.',
    ]);
    expect(messages({ ...sara(), slug: 'Sara Soffan' })[0]).toMatch(/^slug: Adressnamnet \(slug\)/);
  });
});

describe('BerattelseStegComponentSchema', () => {
  it('accepts a step without an actor', () => {
    expect(BerattelseStegComponentSchema.parse({ rubrik: 'Praktik', text: 'Praktiken blev ett jobb.' }).aktor).toBeUndefined();
  });

  it('refuses a step without a heading', () => {
    const result = BerattelseStegComponentSchema.safeParse({ rubrik: '', text: 'Något hände.' });
    expect(result.error?.issues[0]?.message).toBe('Steget saknar rubrik. Skriv en kort rubrik, t.ex. "Några timmar i veckan på Jonsbo".');
  });
});

describe('age bands', () => {
  it('maps the data files’ bands to Strapi values and labels', () => {
    expect(aldersgruppFranData('19–29')).toBe('alder-19-29');
    expect(aldersgruppFranData('30-44')).toBe('alder-30-44');
    expect(aldersgruppFranData('45–64')).toBe('alder-45-64');
    expect(aldersgruppFranData('65+')).toBe('alder-65-plus');
    expect(aldersgruppFranData('12–18')).toBeUndefined();
    expect(ALDERSGRUPP_ETIKETT['alder-19-29']).toBe('19–29 år');
  });
});
