import { describe, expect, it } from 'vitest';
import { JargongordSchema } from './jargongord.ts';

const base = { id: 1, documentId: 'abc123', ord: 'erhålla', forslag: 'få' };

describe('JargongordSchema', () => {
  it('accepts a word with a plainer suggestion, with or without a comment', () => {
    expect(JargongordSchema.safeParse(base).success).toBe(true);
    expect(JargongordSchema.safeParse({ ...base, kommentar: 'Vanligt i myndighetsbrev.' }).success).toBe(true);
  });

  it('refuses an entry without a suggestion, naming what to write', () => {
    const result = JargongordSchema.safeParse({ ...base, forslag: '' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/vad som kan stå i stället/);
  });

  it('refuses a word longer than the CMS allows', () => {
    const result = JargongordSchema.safeParse({ ...base, ord: 'x'.repeat(61) });
    expect(result.error?.issues[0]?.message).toMatch(/högst 60 tecken/);
  });
});
