/**
 * Sweden's 21 counties as a tile grid: each län a square at a position that keeps its place
 * relative to its neighbours (north at the top, the coast to the east). A schematic map, drawn
 * without tiles or scripts from this table; the position is (column, row).
 */
export const LAN_GRID: Readonly<Record<string, readonly [number, number]>> = {
  '25': [2, 0], // Norrbotten
  '24': [1, 1], // Västerbotten
  '23': [0, 2], // Jämtland
  '22': [1, 2], // Västernorrland
  '20': [0, 3], // Dalarna
  '21': [1, 3], // Gävleborg
  '17': [0, 4], // Värmland
  '18': [1, 4], // Örebro
  '19': [2, 4], // Västmanland
  '03': [3, 4], // Uppsala
  '14': [0, 5], // Västra Götaland
  '05': [1, 5], // Östergötland
  '04': [2, 5], // Södermanland
  '01': [3, 5], // Stockholm
  '13': [0, 6], // Halland
  '06': [1, 6], // Jönköping
  '08': [2, 6], // Kalmar
  '09': [3, 6], // Gotland
  '12': [0, 7], // Skåne
  '07': [1, 7], // Kronoberg
  '10': [2, 7], // Blekinge
};

export interface LanCoverage {
  kod: string;
  namn: string;
  kommuner: number;
  /** Kommuner covered by a förbund in the guide. */
  tackta: number;
}

/** Coverage per county from the kommuner and the set of covered kommun codes, in grid order. */
export function lanCoverage(
  kommuner: readonly { kod: string; lan: string; lanskod: string }[],
  covered: ReadonlySet<string>,
): LanCoverage[] {
  const byLan = new Map<string, LanCoverage>();
  for (const k of kommuner) {
    const lan = byLan.get(k.lanskod) ?? { kod: k.lanskod, namn: k.lan, kommuner: 0, tackta: 0 };
    lan.kommuner += 1;
    if (covered.has(k.kod)) lan.tackta += 1;
    byLan.set(k.lanskod, lan);
  }
  return [...byLan.values()].sort((a, b) => {
    const [ac = 0, ar = 0] = LAN_GRID[a.kod] ?? [];
    const [bc = 0, br = 0] = LAN_GRID[b.kod] ?? [];
    return ar - br || ac - bc;
  });
}
