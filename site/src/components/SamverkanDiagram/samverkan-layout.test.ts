import { describe, expect, it } from 'vitest';
import { DIAGRAM_WIDTH, layoutSamverkan } from './samverkan-layout.ts';

const samverkan = {
  utforare: [
    { namn: 'Linköpings kommun', insatser: ['Jonsbo', 'Drivbänk', 'Starten'] },
    { namn: 'Studieförbundet Vuxenskolan Östergötland', insatser: ['Ateljén'] },
  ],
  remittenter: [
    { namn: 'Arbetsförmedlingen', insatser: ['Drivbänk'] },
    { namn: 'Försäkringskassan', insatser: ['Jonsbo', 'Drivbänk', 'Ateljén'] },
  ],
  lankar: [
    { utforare: 'Linköpings kommun', remittent: 'Arbetsförmedlingen', insatser: ['Drivbänk'] },
    { utforare: 'Linköpings kommun', remittent: 'Försäkringskassan', insatser: ['Drivbänk', 'Jonsbo'] },
    { utforare: 'Studieförbundet Vuxenskolan Östergötland', remittent: 'Försäkringskassan', insatser: ['Ateljén'] },
  ],
};

describe('the samverkan diagram', () => {
  const layout = layoutSamverkan(samverkan);

  it('puts who runs the insatser on the left and who sends people on the right, without overlapping boxes', () => {
    expect(layout.left.map((b) => b.x)).toEqual([0, 0]);
    for (const b of layout.right) expect(b.x + b.width).toBe(DIAGRAM_WIDTH);
    for (const column of [layout.left, layout.right])
      for (let i = 1; i < column.length; i++) expect(column[i]?.y).toBeGreaterThan((column[i - 1]?.y ?? 0) + (column[i - 1]?.height ?? 0));
    expect(layout.height).toBeGreaterThanOrEqual(Math.max(...[...layout.left, ...layout.right].map((b) => b.y + b.height)));
  });

  it('wraps a long name and says how many insatser', () => {
    expect(layout.left[1]?.lines.length).toBeGreaterThan(1);
    expect(layout.left[0]?.count).toBe('3 insatser');
    expect(layout.left[1]?.count).toBe('1 insats');
  });

  it('draws one line per pair, from the left box to the right box, thicker for more shared insatser', () => {
    expect(layout.links).toHaveLength(3);
    const [af, fk] = layout.links;
    const start = (d: string) =>
      d
        .match(/^M([\d.]+),([\d.]+)/)
        ?.slice(1)
        .map(Number);
    const left = layout.left[0];
    expect(start(af?.d ?? '')).toEqual([left?.width, (left?.y ?? 0) + (left?.height ?? 0) / 2]);
    expect(fk?.width).toBeGreaterThan(af?.width ?? 0);
  });
});
