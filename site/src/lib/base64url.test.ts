import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from './base64url.ts';

describe('base64url', () => {
  it('round-trips UTF-8 text with no characters a URL would escape', () => {
    for (const text of ['', 'a', 'Åsa går på SFI ✓', '{"v":1}', '??>>']) {
      expect(toBase64Url(text)).toMatch(/^[A-Za-z0-9_-]*$/);
      expect(fromBase64Url(toBase64Url(text))).toBe(text);
    }
  });
  it('throws on what is not base64url of UTF-8', () => {
    expect(() => fromBase64Url('inte base64!')).toThrow();
    expect(() => fromBase64Url(btoa(String.fromCharCode(0xff, 0xfe)))).toThrow();
  });
});
