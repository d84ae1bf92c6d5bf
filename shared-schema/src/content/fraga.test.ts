import { describe, expect, it } from 'vitest';
import { FRAGA_UID, FragaSchema } from './fraga.ts';

const p = (text: string) => ({ type: 'paragraph' as const, children: [{ type: 'text' as const, text }] });

const arbetstraning = () => ({
  id: 40,
  documentId: 'fr40q',
  publishedAt: '2026-04-02T09:00:00.000Z',
  locale: 'sv',
  fraga: 'Kan jag arbetsträna och ha sjukpenning samtidigt?',
  slug: 'kan-jag-arbetstrana-och-ha-sjukpenning',
  svar: [
    p('Ja, ofta. Om arbetsträningen ingår i en plan som Försäkringskassan har godkänt kan du behålla din ersättning.'),
    {
      type: 'list' as const,
      format: 'unordered' as const,
      children: [{ type: 'list-item' as const, children: [{ type: 'text' as const, text: 'Prata med din handläggare först.' }] }],
    },
  ],
  amne: { documentId: 'am3k9', slug: 'ersattning-och-pengar', namn: 'Ersättning och pengar' },
  aktorer: [{ documentId: 'a1', slug: 'forsakringskassan' }],
  insatser: [{ documentId: 'i1', slug: 'jonsbo' }],
  kedjor: [{ documentId: 'k1', slug: 'sjukskriven-utan-anstallning' }],
  senastGranskad: '2026-04-01',
  granskningsintervallManader: 6,
});

describe('FragaSchema', () => {
  it('accepts a realistic published question', () => {
    const parsed = FragaSchema.parse(arbetstraning());
    expect(parsed.amne.slug).toBe('ersattning-och-pengar');
    expect(parsed.granskningsintervallManader).toBe(6);
    expect(FRAGA_UID).toBe('api::fraga.fraga');
  });

  it('applies defaults: 12-month review interval and empty relation lists', () => {
    const { granskningsintervallManader: _, aktorer: _a, insatser: _i, kedjor: _k, ...rest } = arbetstraning();
    const parsed = FragaSchema.parse(rest);
    expect(parsed.granskningsintervallManader).toBe(12);
    expect([parsed.aktorer, parsed.insatser, parsed.kedjor]).toEqual([[], [], []]);
  });

  it.each([null, undefined])('refuses a question without a topic (%s)', (amne) => {
    const result = FragaSchema.safeParse({ ...arbetstraning(), amne });
    expect(result.error?.issues).toMatchObject([
      { path: ['amne'], message: 'Frågan saknar ämne. Välj vilket ämne frågan ska visas under.' },
    ]);
  });

  it('refuses an empty answer and an over-long question', () => {
    const result = FragaSchema.safeParse({ ...arbetstraning(), svar: [], fraga: 'x'.repeat(201) });
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      'Frågan får vara högst 200 tecken. Korta ner den och lägg detaljerna i svaret.',
      'Svaret är tomt. Skriv ett svar i klarspråk, det viktigaste först.',
    ]);
  });

  it('refuses a review interval over 36 months', () => {
    expect(FragaSchema.safeParse({ ...arbetstraning(), granskningsintervallManader: 48 }).success).toBe(false);
  });
});
