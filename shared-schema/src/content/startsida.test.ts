import { describe, expect, it } from 'vitest';
import { RelativLankSchema, STARTSIDA_UID, StartsidaSchema } from './startsida.ts';

const startsida = () => ({
  id: 1,
  documentId: 'st1',
  senastGranskad: '2026-10-01',
  publishedAt: '2026-01-05T08:00:00.000Z',
  locale: 'sv',
  rubrik: 'Hitta stöd för att komma vidare',
  ingress: 'Här får du veta vilket stöd som finns när du vill komma tillbaka till arbete eller studier.',
  hittaRattText: 'Svara på några frågor så visar vi insatser som kan passa dig.',
  puffar: [
    { id: 1, rubrik: 'Så fungerar välfärdssystemet', text: 'Se vad som brukar hända, steg för steg.', lank: '/kedjor' },
    { id: 2, rubrik: 'Jonsbo', text: 'Grön rehabilitering i Linköping.', lank: '/insatser/jonsbo?fran=start#kontakt' },
  ],
});

describe('StartsidaSchema', () => {
  it('accepts realistic home-page texts', () => {
    expect(StartsidaSchema.parse(startsida()).puffar).toHaveLength(2);
    expect(STARTSIDA_UID).toBe('api::startsida.startsida');
  });

  it('defaults to no boxes and allows an empty Hitta rätt text', () => {
    const { puffar: _, ...rest } = startsida();
    const parsed = StartsidaSchema.parse({ ...rest, hittaRattText: null });
    expect(parsed.puffar).toEqual([]);
    expect(parsed.hittaRattText).toBeNull();
  });

  it.each([
    'https://www.forsakringskassan.se',
    '//evil.example',
    '/\\evil.example/sida',
    '/vagval\\..\\x',
    'kedjor',
    '/kedjor och mer',
    '',
  ])('refuses the link %j', (lank) => {
    const result = StartsidaSchema.safeParse({ ...startsida(), puffar: [{ rubrik: 'R', text: 'T', lank }] });
    expect(result.error?.issues).toMatchObject([
      {
        path: ['puffar', 0, 'lank'],
        message:
          'Länken måste vara en adress inom webbplatsen som börjar med /, t.ex. /kedjor. Skriv inte https:// och använd inga mellanslag eller bakstreck (\\).',
      },
    ]);
  });

  it('accepts the site root as a link', () => {
    expect(RelativLankSchema.parse('/')).toBe('/');
  });
});
