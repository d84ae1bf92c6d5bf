import { describe, expect, it } from 'vitest';
import { fixtureSite } from '../../test/fixture.ts';
import { samverkan } from './samverkan.ts';

describe('samverkan in a förbund', () => {
  const site = fixtureSite();
  const forbund = site.collections.forbund.find((f) => f.data.slug === 'centrala-ostergotland');
  if (!forbund) throw new Error('no förbund');
  const s = samverkan(site, forbund.data.documentId);
  const own = site.insatserForForbund(forbund.data.documentId);
  const runner = (namn: string) => {
    const insats = own.find((i) => i.data.namn === namn);
    return insats ? site.resolve('organisationer', insats.data.organisation).data.namn : undefined;
  };
  const medlemmar = site.resolveAll('organisationer', forbund.data.medlemmar).map((o) => o.data);

  it('lists every insats of the förbund under the organisation that runs it, once', () => {
    expect(s.utforare.flatMap((u) => u.insatser).sort()).toEqual(own.map((i) => i.data.namn).sort());
    for (const u of s.utforare) for (const namn of u.insatser) expect(runner(namn), namn).toBe(u.namn);
  });

  it('links an organisation to an actor only through an insats it runs that the actor sends people to', () => {
    expect(s.lankar.length).toBeGreaterThan(0);
    for (const l of s.lankar) {
      expect(l.utforare).not.toBe(l.remittent);
      for (const namn of l.insatser) {
        expect(runner(namn), namn).toBe(l.utforare);
        const vagar = own.find((i) => i.data.namn === namn)?.data.vagarIn.map((v) => v.typ) ?? [];
        const expected =
          l.remittent === 'Arbetsförmedlingen'
            ? 'anvisning-af'
            : l.remittent === 'Försäkringskassan'
              ? 'remiss-fk'
              : medlemmar.some((m) => m.namn === l.remittent && m.typ === 'region') || l.remittent === 'Regionen'
                ? 'remiss-region'
                : l.remittent.startsWith('Antagningsrådet')
                  ? 'antagningsrad'
                  : 'remiss-kommun';
        expect(vagar, `${namn} via ${l.remittent}`).toContain(expected);
      }
    }
  });

  it("names the förbund's own region and kommuner rather than 'the region' where it has them as members", () => {
    const region = medlemmar.filter((m) => m.typ === 'region');
    const viaRegion = own.filter((i) => i.data.vagarIn.some((v) => v.typ === 'remiss-region'));
    if (region.length === 1 && viaRegion.length > 0) expect(s.remittenter.map((r) => r.namn)).toContain(region[0]?.namn);
    expect(s.remittenter.map((r) => r.namn)).not.toContain('Regionen');
  });

  it('leaves out insatser you can only apply to yourself: no one else takes part in them', () => {
    const selfOnly = own.filter((i) => i.data.vagarIn.every((v) => v.typ === 'egen-anmalan' || v.typ === 'intresseanmalan'));
    for (const i of selfOnly) expect(s.lankar.flatMap((l) => l.insatser)).not.toContain(i.data.namn);
  });
});
