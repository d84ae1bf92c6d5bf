import { describe, expect, it } from 'vitest';
import { BEGREPP_UID, BegreppSchema } from './begrepp.ts';

const fk = () => ({
  id: 8,
  documentId: 'bg8fk',
  publishedAt: '2026-01-10T12:00:00.000Z',
  locale: 'sv',
  term: 'Försäkringskassan',
  slug: 'forsakringskassan',
  definition: 'Den myndighet som betalar ut bland annat sjukpenning, aktivitetsersättning och sjukersättning.',
  alias: [
    { id: 1, text: 'FK' },
    { id: 2, text: 'Kassan' },
  ],
  senastGranskad: '2026-01-10',
  granskningsintervallManader: 12,
});

describe('BegreppSchema', () => {
  it('accepts a realistic glossary term with aliases', () => {
    expect(BegreppSchema.parse(fk()).alias.map((a) => a.text)).toEqual(['FK', 'Kassan']);
    expect(BEGREPP_UID).toBe('api::begrepp.begrepp');
  });

  it('applies defaults: no aliases, review interval 12', () => {
    const { alias: _, granskningsintervallManader: _g, ...rest } = fk();
    const parsed = BegreppSchema.parse(rest);
    expect(parsed.alias).toEqual([]);
    expect(parsed.granskningsintervallManader).toBe(12);
  });

  it('refuses a definition over 600 characters', () => {
    const result = BegreppSchema.safeParse({ ...fk(), definition: 'Ord. '.repeat(130) });
    expect(result.error?.issues).toMatchObject([
      { path: ['definition'], message: 'Förklaringen får vara högst 600 tecken. Korta ner den till en till tre meningar.' },
    ]);
  });

  it('refuses duplicate and empty aliases', () => {
    const result = BegreppSchema.safeParse({ ...fk(), alias: [{ text: 'FK' }, { text: 'fk' }] });
    expect(result.error?.issues).toMatchObject([{ path: ['alias', 1, 'text'], message: 'Aliaset "fk" finns redan. Ta bort dubbletten.' }]);
    const tom = BegreppSchema.safeParse({ ...fk(), alias: [{ text: '' }] });
    expect(tom.error?.issues[0]?.message).toBe('Punkten är tom — skriv en text eller ta bort punkten.');
  });

  it('refuses a term without text', () => {
    expect(BegreppSchema.safeParse({ ...fk(), term: '' }).error?.issues[0]?.message).toBe(
      'Begreppet saknar term. Skriv ordet som ska förklaras.',
    );
  });
});
