/**
 * How long to wait, in plain Swedish: 1 → "1 sekund", 45 → "45 sekunder", 60 → "1 minut",
 * 61 → "2 minuter" (rounded up, so nobody is told to come back too early). One wording for the
 * submission form and the feedback pages.
 */
export function vantetid(sekunder: number): string {
  if (sekunder < 60) return sekunder === 1 ? '1 sekund' : `${sekunder} sekunder`;
  const minuter = Math.ceil(sekunder / 60);
  return minuter === 1 ? '1 minut' : `${minuter} minuter`;
}
