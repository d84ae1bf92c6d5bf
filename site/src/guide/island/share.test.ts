import { describe, expect, it } from 'vitest';
import { answersFromFragment, MAX_FRAGMENT_LENGTH, shareFragment } from './share.ts';

describe('sharing the guide’s answers in a link', () => {
  it('gives back the answers it was given, Swedish letters and all', () => {
    const answers = { kommun: '0580', situation: ['sjukskriven', 'ung'], timmar: 10, fritext: 'Åsa går på SFI' };
    const fragment = shareFragment(answers);
    expect(fragment).toMatch(/^#svar=[A-Za-z0-9_-]+$/);
    expect(answersFromFragment(fragment)).toEqual(answers);
  });

  it('carries nothing readable in plain sight and nothing a URL would escape', () => {
    expect(shareFragment({ kommun: '0580' })).not.toContain('0580');
  });

  it('ignores a fragment that is not a shared link, or not one it can read', () => {
    expect(answersFromFragment('')).toBeNull();
    expect(answersFromFragment('#main')).toBeNull();
    expect(answersFromFragment('#svar=inte-base64!')).toBeNull();
    expect(answersFromFragment(`#svar=${btoa('[1,2]')}`)).toBeNull();
    expect(answersFromFragment(`#svar=${'A'.repeat(MAX_FRAGMENT_LENGTH)}`)).toBeNull();
    // Values of the wrong kind are dropped, the rest kept.
    expect(answersFromFragment(`#svar=${btoa(JSON.stringify({ a: 'x', b: { c: 1 }, d: [1] }))}`)).toEqual({ a: 'x' });
  });
});
