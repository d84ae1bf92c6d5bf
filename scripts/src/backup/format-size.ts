const UNITS = ['byte', 'kB', 'MB', 'GB', 'TB'];
const NUMBER = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 });

/** A size as people read it, in Swedish: "812 byte", "1,2 MB" (powers of 1000, as file managers show). */
export function formatSize(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${NUMBER.format(value)} ${UNITS[unit]}`;
}
