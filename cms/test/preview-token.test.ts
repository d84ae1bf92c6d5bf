import { describe, expect, it } from 'vitest';
import { previewKey, signPreviewToken, verifyPreviewToken } from '../src/preview/token.ts';

const key = previewKey('en-lang-hemlighet-for-admin-jwt-0123456789');
const target = { uid: 'api::insats.insats', documentId: 'abc123def456ghi789jkl012', locale: 'sv', status: 'draft' as const };
const NOW = Date.UTC(2026, 11, 6, 12, 0, 0);

describe('the preview token', () => {
  it('opens the entry it was signed for, until it expires', () => {
    const token = signPreviewToken(target, key, 600, NOW);
    expect(verifyPreviewToken(token, key, NOW + 599_000)).toEqual({ ok: true, target });
    expect(verifyPreviewToken(token, key, NOW + 600_000)).toEqual({ ok: false, reason: 'expired' });
  });

  it('is refused when any part is changed, or when another key signed it', () => {
    const token = signPreviewToken(target, key, 600, NOW);
    const [body, mac] = token.split('.') as [string, string];
    const other = Buffer.from(JSON.stringify({ ...target, documentId: 'zzz', exp: NOW / 1000 + 600 })).toString('base64url');
    expect(verifyPreviewToken(`${other}.${mac}`, key, NOW).ok).toBe(false);
    expect(verifyPreviewToken(`${body}.${mac.slice(0, -1)}${mac.endsWith('A') ? 'B' : 'A'}`, key, NOW)).toEqual({
      ok: false,
      reason: 'signature',
    });
    expect(verifyPreviewToken(token, previewKey('en-annan-hemlighet-for-admin-jwt-98765'), NOW)).toEqual({
      ok: false,
      reason: 'signature',
    });
  });

  it('is refused when it is not a token at all', () => {
    for (const bad of [undefined, '', 'hej', 'a.b', `${'x'.repeat(3000)}.${'y'.repeat(43)}`, 42]) {
      expect(verifyPreviewToken(bad, key, NOW)).toEqual({ ok: false, reason: 'form' });
    }
  });

  it('derives its key from the admin secret and refuses to work without one', () => {
    expect(previewKey('a-secret-value-1234567').equals(previewKey('a-secret-value-1234567'))).toBe(true);
    expect(previewKey('a-secret-value-1234567').equals(previewKey('b-secret-value-1234567'))).toBe(false);
    expect(() => previewKey('')).toThrow(/ADMIN_JWT_SECRET/);
  });
});
