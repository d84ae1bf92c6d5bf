import { describe, expect, it } from 'vitest';
import { waitText } from '../components/Feedback/query.ts';
import { felText } from '../intake/messages.ts';
import { vantetid } from './vantetid.ts';

describe('vantetid', () => {
  it('says seconds under a minute and whole minutes, rounded up, from a minute on', () => {
    expect(vantetid(1)).toBe('1 sekund');
    expect(vantetid(59)).toBe('59 sekunder');
    expect(vantetid(60)).toBe('1 minut');
    expect(vantetid(61)).toBe('2 minuter');
    expect(vantetid(3600)).toBe('60 minuter');
  });

  it('reads the same on the submission form and the feedback error page', () => {
    for (const s of [1, 45, 60, 61, 90, 600]) expect(felText('for-manga', s)).toContain(`Vänta ${waitText(String(s))} och`);
  });
});
