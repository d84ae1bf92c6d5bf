import { describe, expect, it } from 'vitest';
import { SlugSchema, slugify } from './slug.ts';

describe('SlugSchema', () => {
  it('accepts lower-case words joined by hyphens', () => {
    expect(SlugSchema.parse('insteget-kinda')).toBe('insteget-kinda');
    expect(SlugSchema.parse('jonsbo')).toBe('jonsbo');
  });

  it.each([
    ['Jonsbo', 'versal'],
    ['jönsbo', 'å/ä/ö'],
    ['two--hyphens', 'dubbla bindestreck'],
    ['-leading', 'inledande bindestreck'],
    ['', 'tomt'],
    ['a b', 'mellanslag'],
  ])('rejects %s (%s) with a Swedish message that says what is allowed', (slug) => {
    const result = SlugSchema.safeParse(slug);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/Adressnamnet/);
  });
});

describe('slugify', () => {
  it('transliterates Swedish letters and joins words', () => {
    expect(slugify('Åtvidabergs Lärcentrum')).toBe('atvidabergs-larcentrum');
    expect(slugify('Insteget i Kinda')).toBe('insteget-i-kinda');
    expect(slugify('  Café & snickeri – Örebro!  ')).toBe('cafe-snickeri-orebro');
  });

  it('always produces a valid slug or an empty string', () => {
    for (const title of ['Ü', '🙂 emoji', 'x'.repeat(300), 'Arbetsmarknadscentrum (AMC)']) {
      const slug = slugify(title);
      if (slug !== '') expect(SlugSchema.safeParse(slug).success).toBe(true);
    }
  });
});
