import { describe, expect, it } from 'vitest';
import { wrap } from './diagram-text.ts';

describe('text in diagrams', () => {
  it('wraps a heading into lines that fit, cutting a long one with an ellipsis', () => {
    expect(wrap('Du ansöker om sjukpenning hos Försäkringskassan', 20)).toEqual(['Du ansöker om', 'sjukpenning hos', 'Försäkringskassan']);
    const cut = wrap('ett två tre fyra fem sex sju åtta nio tio elva tolv', 8, 2);
    expect(cut).toHaveLength(2);
    expect(cut[1]?.endsWith('…')).toBe(true);
  });
});

describe('a word longer than a line', () => {
  it('is split with a hyphen into pieces that fit, none of them a stray letter or two', () => {
    expect(wrap('Arbetsförmedlingen', 14)).toEqual(['Arbetsförmedl-', 'ingen']);
    for (const line of wrap('Försäkringskassan skickar', 14)) expect(line.length).toBeLessThanOrEqual(14);
    expect(wrap('Arbetsförmedlingar', 17)).toEqual(['Arbetsförmedlin-', 'gar']);
  });
});
