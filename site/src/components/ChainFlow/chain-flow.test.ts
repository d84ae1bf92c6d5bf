import { describe, expect, it } from 'vitest';
import { layoutFlow, stages } from './chain-flow.ts';

const step = (rubrik: string, parallell = false) => ({
  rubrik,
  aktor: { label: 'Försäkringskassan', href: '/aktorer/forsakringskassan' },
  vadHander: '',
  insatser: [],
  parallell,
});

describe('a chain as a flow diagram', () => {
  it('puts a parallel step beside the step before it, and the others one after another', () => {
    expect(stages([step('a'), step('b', true), step('c')]).map((s) => s.map((x) => x.rubrik))).toEqual([['a', 'b'], ['c']]);
    const flow = layoutFlow({ steps: [step('a'), step('b', true), step('c')], slut: { typ: 'arbete-studier', forklaring: '' } });
    const [a, b, c] = flow.boxes;
    expect(a?.y).toBe(b?.y);
    expect(b?.x).toBeGreaterThan((a?.x ?? 0) + (a?.width ?? 0));
    expect(c?.y).toBeGreaterThan((a?.y ?? 0) + (a?.height ?? 0));
    expect(flow.arrows).toHaveLength(2);
  });

  it('ends in work or studies, or in a gap drawn as one', () => {
    expect(layoutFlow({ steps: [step('a')], slut: { typ: 'arbete-studier', forklaring: '' } }).end).toMatchObject({
      gap: false,
      title: ['Arbete eller studier'],
    });
    expect(layoutFlow({ steps: [step('a')], slut: { typ: 'glapp', forklaring: '' } }).end).toMatchObject({ gap: true, title: ['Glapp'] });
  });
});
