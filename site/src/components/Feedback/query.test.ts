import { describe, expect, it } from 'vitest';
import { errorReasons, returnPath, waitText } from './query.ts';

describe('returnPath: the back link on the thank-you page', () => {
  it('accepts a path on this site', () => {
    for (const p of ['/', '/vagval/jonsbo', '/vagval/jonsbo/lattlast', '/sa-fungerar-valfardssystemet/arbetslos-lange'])
      expect(returnPath(p), p).toBe(p);
  });

  it('refuses anything that could lead to another site or run code', () => {
    for (const p of [
      null,
      '',
      '//evil.example',
      '/\\evil.example',
      'https://evil.example/',
      'javascript:alert(1)',
      'vagval/jonsbo',
      '/vagval?x=1',
      '/vagval#x',
      '/vagval/<script>',
      `/${'a'.repeat(300)}`,
    ])
      expect(returnPath(p), String(p)).toBeNull();
  });
});

describe('errorReasons: which problems the error page shows', () => {
  const q = (s: string) => errorReasons(new URLSearchParams(s));

  it('names the missing answer and the refused text by field', () => {
    expect(q('status=400&kod=ogiltig&falt=svar')).toEqual(['svar']);
    expect(q('status=400&kod=ogiltig&falt=kommentar')).toEqual(['kommentar']);
    expect(q('status=400&kod=ogiltig&falt=svar&falt=kommentar')).toEqual(['svar', 'kommentar']);
  });

  it('treats a wrong hidden field as a broken form, not as the visitor’s mistake', () => {
    expect(q('status=400&kod=ogiltig&falt=sida')).toEqual(['annat']);
    expect(q('status=400&kod=ogiltig')).toEqual(['annat']);
  });

  it('maps the other codes', () => {
    expect(q('status=429&kod=for-manga&vanta=30')).toEqual(['for-manga']);
    expect(q('status=500&kod=serverfel')).toEqual(['serverfel']);
    expect(q('status=413&kod=for-stor')).toEqual(['kommentar']);
    expect(q('status=403&kod=fel-ursprung')).toEqual(['annat']);
  });

  it('shows every problem when the address has no code', () => {
    expect(q('')).toBeNull();
  });
});

describe('waitText', () => {
  it('says how long to wait in words', () => {
    expect(waitText('1')).toBe('1 sekund');
    expect(waitText('45')).toBe('45 sekunder');
    expect(waitText('60')).toBe('1 minut');
    expect(waitText('61')).toBe('2 minuter');
  });
  it('ignores a missing or odd value', () => {
    for (const v of [null, '', '0', '-5', '1e3', 'abc', '999999']) expect(waitText(v), String(v)).toBeNull();
  });
});
