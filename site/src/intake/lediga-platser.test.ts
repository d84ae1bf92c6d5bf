import { SLUG_PATTERN } from '@vg/shared-schema';
import { describe, expect, it } from 'vitest';
import { insatsFran, LEDIGA_ORSAKER, ledigaOrsaker, SLUG } from './lediga-platser.ts';

describe('insatsFran: the link back to the insats on the thank-you page', () => {
  it('is the same slug rule as the schema’s', () => {
    expect(SLUG.source).toBe(SLUG_PATTERN.source);
  });

  it('accepts an address name', () => {
    expect(insatsFran('?insats=jonsbo')).toBe('jonsbo');
    expect(insatsFran('?insats=samordningsbron-linkoping')).toBe('samordningsbron-linkoping');
  });

  it('refuses anything that could lead elsewhere or is no slug', () => {
    for (const s of [
      '',
      '?insats=',
      '?insats=Jonsbo',
      '?insats=..%2Fom',
      '?insats=%2F%2Fevil.example',
      '?insats=javascript%3Aalert(1)',
      '?insats=jonsbo%3Cscript%3E',
      '?insats=-jonsbo',
      '?insats=jonsbo--gard',
      `?insats=${'a'.repeat(101)}`,
    ])
      expect(insatsFran(s), s).toBeNull();
  });
});

describe('ledigaOrsaker: which problems the error page shows', () => {
  const q = (s: string) => ledigaOrsaker(new URLSearchParams(s));

  it('names each wrong field, in the form’s order', () => {
    expect(q('status=400&kod=ogiltig&falt=lediga')).toEqual(['lediga']);
    expect(q('status=400&kod=ogiltig&falt=ko&falt=lediga&falt=nyckel')).toEqual(['nyckel', 'lediga', 'ko']);
    expect(q('status=400&kod=ogiltig&falt=insats')).toEqual(['insats']);
  });

  it('tells an insats without a number of places (409) from an unknown address name', () => {
    expect(q('status=409&kod=ogiltig&falt=insats')).toEqual(['inga-platser']);
  });

  it('treats a wrong hidden field as a broken form, not as the organisation’s mistake', () => {
    expect(q('status=400&kod=ogiltig&falt=idempotensnyckel')).toEqual(['annat']);
    expect(q('status=400&kod=ogiltig&falt=lediga&falt=__proto__')).toEqual(['lediga', 'annat']);
    expect(q('status=400&kod=ogiltig')).toEqual(['annat']);
  });

  it('maps the other codes', () => {
    expect(q('status=401&kod=fel-nyckel&falt=nyckel')).toEqual(['nyckel']);
    expect(q('status=403&kod=aterkallad-nyckel&falt=nyckel')).toEqual(['aterkallad-nyckel']);
    expect(q('status=403&kod=fel-organisation&falt=insats')).toEqual(['fel-organisation']);
    expect(q('status=429&kod=for-manga&vanta=30')).toEqual(['for-manga']);
    expect(q('status=500&kod=serverfel')).toEqual(['serverfel']);
    for (const kod of ['fel-ursprung', 'for-stor', 'fel-format', 'idempotens', 'constructor'])
      expect(q(`kod=${kod}`), kod).toEqual(['annat']);
  });

  it('shows every problem when the address has no code', () => {
    expect(q('')).toBeNull();
    expect(q('status=400&falt=lediga')).toBeNull();
  });

  it('only ever names problems the page has an item for', () => {
    for (const s of ['kod=ogiltig&falt=nyckel&falt=insats&falt=lediga&falt=ko', 'status=409&kod=ogiltig&falt=insats', 'kod=x'])
      for (const o of q(s) ?? []) expect(LEDIGA_ORSAKER).toContain(o);
  });
});
