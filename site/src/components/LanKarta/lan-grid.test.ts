import { describe, expect, it } from 'vitest';
import { fixtureSite } from '../../../test/fixture.ts';
import { LAN_GRID, lanCoverage } from './lan-grid.ts';

describe('the county map', () => {
  it('places each of the 21 counties on its own tile', () => {
    const kommuner = fixtureSite().collections.kommuner.map((k) => k.data);
    expect(Object.keys(LAN_GRID).sort()).toEqual([...new Set(kommuner.map((k) => k.lanskod))].sort());
    const tiles = Object.values(LAN_GRID).map(([c, r]) => `${c},${r}`);
    expect(new Set(tiles).size).toBe(21);
  });

  it("counts each county's kommuner and those a förbund covers, north to south", () => {
    const kommuner = [
      { kod: '0580', lan: 'Östergötlands län', lanskod: '05' },
      { kod: '0513', lan: 'Östergötlands län', lanskod: '05' },
      { kod: '2580', lan: 'Norrbottens län', lanskod: '25' },
    ];
    expect(lanCoverage(kommuner, new Set(['0580']))).toEqual([
      { kod: '25', namn: 'Norrbottens län', kommuner: 1, tackta: 0 },
      { kod: '05', namn: 'Östergötlands län', kommuner: 2, tackta: 1 },
    ]);
  });
});
