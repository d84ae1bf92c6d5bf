import { describe, expect, it } from 'vitest';
import { LIVSSITUATION_UID, LivssituationSchema } from './livssituation.ts';

const situation = {
  id: 4,
  documentId: 'ls4sjukskriven',
  slug: 'sjukskriven-utan-anstallning',
  namn: 'Jag är sjukskriven och har ingen anställning',
  beskrivning: 'Du är sjuk och kan inte arbeta just nu. Du har inget arbete att gå tillbaka till.',
};

describe('LivssituationSchema', () => {
  it('has the Strapi uid', () => {
    expect(LIVSSITUATION_UID).toBe('api::livssituation.livssituation');
  });

  it('accepts a life situation', () => {
    expect(LivssituationSchema.parse(situation)).toEqual(situation);
  });

  it('rejects a missing name and a bad slug, in Swedish', () => {
    const result = LivssituationSchema.safeParse({ ...situation, namn: '', slug: 'sjukskriven utan anställning' });
    expect(result.error?.issues.map((i) => i.path[0])).toEqual(['slug', 'namn']);
    expect(result.error?.issues[1]?.message).toMatch(/jag-form/);
  });
});
