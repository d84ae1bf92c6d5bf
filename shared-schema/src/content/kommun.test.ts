import { describe, expect, it } from 'vitest';
import { KOMMUN_UID, KommunSchema } from './kommun.ts';

const linkoping = {
  id: 12,
  documentId: 'k0580linkoping',
  kod: '0580',
  namn: 'Linköping',
  slug: 'linkoping',
  lan: 'Östergötlands län',
  lanskod: '05',
};

const messages = (input: unknown) => KommunSchema.safeParse(input).error?.issues.map((i) => i.message) ?? [];

describe('KommunSchema', () => {
  it('has the Strapi uid', () => {
    expect(KOMMUN_UID).toBe('api::kommun.kommun');
  });

  it('accepts a municipality as the REST API delivers it', () => {
    expect(KommunSchema.parse(linkoping)).toEqual(linkoping);
  });

  it('keeps the code a string so that the leading zero survives', () => {
    expect(KommunSchema.safeParse({ ...linkoping, kod: 580 }).success).toBe(false);
    expect(messages({ ...linkoping, kod: '580' })).toEqual(['Kommunkoden ska vara fyra siffror, t.ex. "0580" för Linköping.']);
  });

  it('rejects a county code that does not match the municipality code', () => {
    const result = KommunSchema.safeParse({ ...linkoping, lanskod: '07' });
    expect(result.error?.issues[0]?.path).toEqual(['lanskod']);
    expect(result.error?.issues[0]?.message).toMatch(/Länskoden "07" stämmer inte med kommunkoden "0580"/);
  });

  it('gives only the format message, not a mismatch message too, for a malformed county code', () => {
    expect(messages({ ...linkoping, lanskod: '5' })).toEqual(['Länskoden ska vara två siffror, t.ex. "05" för Östergötlands län.']);
  });

  it('requires the county name and a valid slug', () => {
    expect(messages({ ...linkoping, lan: '' })[0]).toMatch(/Länets namn saknas/);
    expect(messages({ ...linkoping, slug: 'Linköping' })[0]).toMatch(/Adressnamnet/);
  });
});
