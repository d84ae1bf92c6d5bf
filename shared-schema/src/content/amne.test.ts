import { describe, expect, it } from 'vitest';
import { AMNE_UID, AmneSchema } from './amne.ts';

const ersattning = () => ({
  id: 3,
  documentId: 'am3k9',
  namn: 'Ersättning och pengar',
  slug: 'ersattning-och-pengar',
  beskrivning: 'Frågor om sjukpenning, aktivitetsstöd, ekonomiskt bistånd och vad som händer med pengarna när du deltar i en insats.',
});

describe('AmneSchema', () => {
  it('accepts a realistic topic', () => {
    expect(AmneSchema.parse(ersattning()).namn).toBe('Ersättning och pengar');
    expect(AMNE_UID).toBe('api::amne.amne');
  });

  it('treats the description as optional (Strapi returns null when empty)', () => {
    expect(AmneSchema.parse({ ...ersattning(), beskrivning: null }).beskrivning).toBeNull();
    const { beskrivning: _, ...utan } = ersattning();
    expect(AmneSchema.parse(utan).beskrivning).toBeUndefined();
  });

  it('refuses a topic without a name, with a Swedish message', () => {
    const result = AmneSchema.safeParse({ ...ersattning(), namn: '' });
    expect(result.error?.issues[0]?.message).toBe('Ämnet saknar namn. Skriv ett kort namn, t.ex. "Ersättning och pengar".');
  });

  it('refuses a slug with Swedish letters', () => {
    const result = AmneSchema.safeParse({ ...ersattning(), slug: 'ersättning' });
    expect(result.error?.issues[0]?.path).toEqual(['slug']);
    expect(result.error?.issues[0]?.message).toMatch(/Adressnamnet \(slug\)/);
  });
});
