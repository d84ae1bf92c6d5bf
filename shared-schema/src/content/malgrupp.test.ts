import { describe, expect, it } from 'vitest';
import { MALGRUPP_UID, MalgruppSchema } from './malgrupp.ts';

const malgrupp = {
  id: 1,
  documentId: 'mg1sjukskrivna',
  slug: 'sjukskrivna-utan-anstallning',
  namn: 'Sjukskrivna utan anställning',
  beskrivning: 'Du är sjukskriven och har inget arbete att gå tillbaka till.',
};

describe('MalgruppSchema', () => {
  it('has the Strapi uid', () => {
    expect(MALGRUPP_UID).toBe('api::malgrupp.malgrupp');
  });

  it('accepts a target group', () => {
    expect(MalgruppSchema.parse(malgrupp)).toEqual(malgrupp);
  });

  it('requires a description, in Swedish', () => {
    const result = MalgruppSchema.safeParse({ ...malgrupp, beskrivning: '' });
    expect(result.error?.issues[0]?.path).toEqual(['beskrivning']);
    expect(result.error?.issues[0]?.message).toMatch(/saknar beskrivning/);
  });

  it('limits the name to 120 characters', () => {
    expect(MalgruppSchema.safeParse({ ...malgrupp, namn: 'x'.repeat(121) }).error?.issues[0]?.message).toMatch(/högst 120 tecken/);
  });
});
