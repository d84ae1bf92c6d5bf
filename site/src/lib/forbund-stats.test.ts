import { describe, expect, it } from 'vitest';
import { fixtureSite } from '../../test/fixture.ts';
import { forbundStats } from './forbund-stats.ts';

describe('a förbund in figures', () => {
  const site = fixtureSite();
  const forbund = site.collections.forbund.find((f) => f.data.slug === 'centrala-ostergotland');
  if (!forbund) throw new Error('no förbund');
  const stats = forbundStats(site, forbund.data.documentId);
  const own = site.collections.insatser.filter((i) => i.data.forbund?.documentId === forbund.data.documentId);

  it('counts its insatser, free places and kommuner', () => {
    expect(stats.insatser).toBe(own.length);
    expect(stats.ledigaPlatser).toBe(own.reduce((s, i) => s + (i.data.platser?.lediga ?? 0), 0));
    expect(stats.kommuner).toBe(forbund.data.kommuner.length);
  });

  it('splits the target groups into served and not served, covering them all', () => {
    expect([...stats.malgrupperMed, ...stats.malgrupperUtan].sort()).toEqual(site.collections.malgrupper.map((m) => m.data.namn).sort());
    for (const namn of stats.malgrupperMed) {
      const m = site.collections.malgrupper.find((x) => x.data.namn === namn);
      expect(own.some((i) => i.data.malgrupper.some((r) => r.documentId === m?.data.documentId))).toBe(true);
    }
  });

  it('names, per kommun, only target groups no insats available there is for', () => {
    for (const gap of stats.luckor) {
      const kommun = site.collections.kommuner.find((k) => k.data.namn === gap.kommun);
      const available = site.insatserIKommun(kommun?.data.documentId ?? '');
      for (const namn of gap.malgrupper) {
        const m = site.collections.malgrupper.find((x) => x.data.namn === namn);
        expect(
          available.some((i) => i.data.malgrupper.some((r) => r.documentId === m?.data.documentId)),
          `${gap.kommun}: ${namn}`,
        ).toBe(false);
      }
    }
  });
});
