import { describe, expect, it } from 'vitest';
import { fixtureInsats, fixtureSite } from '../../test/fixture.ts';

describe('SiteIndex on the fixture', () => {
  const site = fixtureSite();

  it('sorts in Swedish order (å, ä, ö last)', () => {
    const names = site.collections.insatser.map((i) => i.data.namn);
    expect(names.at(-1)?.startsWith('Å') || names.at(-1)?.startsWith('Ä') || names.at(-1)?.startsWith('Ö')).toBe(true);
  });

  it('resolves references by documentId and explains a broken one', () => {
    const jonsbo = fixtureInsats('jonsbo');
    expect(site.kommunerText(jonsbo.data)).toBe('Linköping');
    expect(() => site.resolve('kommuner', { documentId: 'saknas', slug: 'ingenstans' })).toThrow(/kommuner "ingenstans".*pnpm pull/);
  });

  it('finds the stories and chains that mention an insats', () => {
    const jonsbo = fixtureInsats('jonsbo');
    expect(site.berattelserForInsats(jonsbo.data.documentId).map((b) => b.data.slug)).toContain('sara-fran-soffan-till-vaxthuset');
    expect(site.kedjorForInsats(jonsbo.data.documentId).map((k) => k.data.slug)).toContain('sjukskriven-utan-anstallning');
  });

  it('includes digital insatser on every municipality page', () => {
    const tingsryd = site.collections.kommuner.find((k) => k.data.slug === 'tingsryd');
    const slugs = site.insatserIKommun(tingsryd?.data.documentId ?? '').map((i) => i.data.slug);
    expect(slugs).toContain('kom-igang-tingsryd');
    expect(slugs).toContain('digitalt-sprakcafe');
  });
});
