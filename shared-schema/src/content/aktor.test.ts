import { describe, expect, it } from 'vitest';
import { AKTOR_UID, AKTORSTYP_ETIKETT, AKTORSTYPER, AktorSchema } from './aktor.ts';

const p = (text: string) => ({ type: 'paragraph' as const, children: [{ type: 'text' as const, text }] });

const forsakringskassan = {
  id: 7,
  documentId: 'akt7fk',
  publishedAt: '2026-10-02T08:00:00.000Z',
  locale: 'sv',
  slug: 'forsakringskassan',
  namn: 'Försäkringskassan',
  kortnamn: 'FK',
  typ: 'myndighet',
  sammanfattning: 'Försäkringskassan betalar ut ersättningar när du inte kan arbeta, till exempel för att du är sjuk.',
  uppdrag: [p('Försäkringskassan ansvarar för stora delar av socialförsäkringen.')],
  mojligheter: [
    p('Försäkringskassan kan till exempel:'),
    {
      type: 'list' as const,
      format: 'unordered' as const,
      children: [
        { type: 'list-item' as const, children: [{ type: 'text' as const, text: 'betala ut sjukpenning' }] },
        { type: 'list-item' as const, children: [{ type: 'text' as const, text: 'bjuda in till ett avstämningsmöte' }] },
      ],
    },
  ],
  begransningar: [p('Försäkringskassan kan inte ge dig vård och kan inte ordna ett arbete åt dig.')],
  webb: 'https://forsakringskassan.example.se',
  senastGranskad: '2026-10-02',
};

describe('AktorSchema', () => {
  it('has the Strapi uid and a Swedish label for every kind of actor', () => {
    expect(AKTOR_UID).toBe('api::aktor.aktor');
    expect(Object.keys(AKTORSTYP_ETIKETT).sort()).toEqual([...AKTORSTYPER].sort());
  });

  it('accepts a published actor and applies the default review interval of 12 months', () => {
    const aktor = AktorSchema.parse(forsakringskassan);
    expect(aktor.granskningsintervallManader).toBe(12);
    expect(aktor.kortnamn).toBe('FK');
  });

  it('accepts an actor without abbreviation or website (Strapi returns null)', () => {
    expect(AktorSchema.safeParse({ ...forsakringskassan, kortnamn: null, webb: null }).success).toBe(true);
  });

  it('rejects an empty "what the actor cannot do" text, naming the field', () => {
    const result = AktorSchema.safeParse({ ...forsakringskassan, begransningar: [p('')] });
    expect(result.error?.issues[0]?.path).toEqual(['begransningar']);
    expect(result.error?.issues[0]?.message).toBe('Fältet "Det här kan aktören inte göra" är tomt. Skriv minst ett stycke.');
  });

  it('rejects a summary over 200 characters, an http website and an unknown kind', () => {
    const result = AktorSchema.safeParse({
      ...forsakringskassan,
      sammanfattning: 'x'.repeat(201),
      webb: 'http://forsakringskassan.example.se',
      typ: 'foretag',
    });
    const byField = Object.fromEntries(result.error?.issues.map((i) => [i.path[0], i.message]) ?? []);
    expect(byField.sammanfattning).toMatch(/högst 200 tecken/);
    expect(byField.webb).toBe('Webbadressen måste börja med https://.');
    expect(byField.typ).toMatch(/Välj typ av aktör/);
  });

  it('requires the review date', () => {
    const { senastGranskad: _, ...utanDatum } = forsakringskassan;
    expect(AktorSchema.safeParse(utanDatum).error?.issues[0]?.path).toEqual(['senastGranskad']);
  });
});
