import { describe, expect, it } from 'vitest';
import { toBase64Url } from '../lib/base64url.ts';
import { listFragment, listFromFragment, MAX_LIST_FRAGMENT_LENGTH } from './share.ts';

describe('sharing Min lista in a link', () => {
  it('gives back the list it was given', () => {
    const list = [
      { s: 'jonsbo', d: '2026-12-06' },
      { s: 'steg-for-steg', d: '' },
    ];
    const fragment = listFragment(list);
    expect(fragment).toMatch(/^#lista=[A-Za-z0-9_-]+$/);
    expect(fragment).not.toContain('jonsbo');
    expect(listFromFragment(fragment)).toEqual(list);
  });

  it('ignores a fragment that is not a shared list, or not one it can read', () => {
    expect(listFromFragment('')).toBeNull();
    expect(listFromFragment('#main')).toBeNull();
    expect(listFromFragment('#svar=e30')).toBeNull();
    expect(listFromFragment('#lista=inte-base64!')).toBeNull();
    expect(listFromFragment(`#lista=${toBase64Url('{"v":1,"i":[]}')}`)).toBeNull();
    expect(listFromFragment(`#lista=${toBase64Url('[1,2]')}`)).toBeNull();
    expect(listFromFragment(`#lista=${'A'.repeat(MAX_LIST_FRAGMENT_LENGTH)}`)).toBeNull();
    // Items of the wrong kind are dropped, the rest kept.
    expect(listFromFragment(`#lista=${toBase64Url(JSON.stringify({ v: 1, i: [{ s: 'ok', d: '' }, { s: '<script>' }] }))}`)).toEqual([
      { s: 'ok', d: '' },
    ]);
  });
});
