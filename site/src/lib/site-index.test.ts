import { describe, expect, it } from 'vitest';
import { fixtureInsats, fixtureSite } from '../../test/fixture.ts';
import { SiteIndex } from './site-index.ts';

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

describe('SiteIndex lookups give what a scan of the whole collection gives', () => {
  const site = fixtureSite();
  const c = site.collections;
  const slugs = (items: { data: { slug: string } }[]) => items.map((i) => i.data.slug);
  const refs = (list: { documentId: string }[], id: string) => list.some((r) => r.documentId === id);

  it('per insats: stories, chains and questions, in list order', () => {
    for (const i of c.insatser) {
      const id = i.data.documentId;
      expect(slugs(site.berattelserForInsats(id)), i.data.slug).toEqual(slugs(c.berattelser.filter((b) => refs(b.data.insatser, id))));
      expect(slugs(site.kedjorForInsats(id)), i.data.slug).toEqual(
        slugs(c.kedjor.filter((k) => k.data.steg.some((s) => refs(s.insatser, id)))),
      );
      expect(slugs(site.fragorForInsats(id)), i.data.slug).toEqual(slugs(c.fragor.filter((f) => refs(f.data.insatser, id))));
    }
  });

  it('per actor: insatser of its organisations, chains, stories and questions', () => {
    for (const a of c.aktorer) {
      const id = a.data.documentId;
      const orgs = new Set(c.organisationer.filter((o) => o.data.aktor?.documentId === id).map((o) => o.data.documentId));
      expect(slugs(site.insatserForAktor(id)), a.data.slug).toEqual(
        slugs(c.insatser.filter((i) => orgs.has(i.data.organisation.documentId))),
      );
      expect(slugs(site.kedjorForAktor(id)), a.data.slug).toEqual(
        slugs(c.kedjor.filter((k) => k.data.steg.some((s) => s.aktor.documentId === id))),
      );
      expect(slugs(site.berattelserForAktor(id)), a.data.slug).toEqual(slugs(c.berattelser.filter((b) => refs(b.data.aktorer, id))));
      expect(slugs(site.fragorForAktor(id)), a.data.slug).toEqual(slugs(c.fragor.filter((f) => refs(f.data.aktorer, id))));
    }
    expect(c.aktorer.some((a) => site.insatserForAktor(a.data.documentId).length > 0)).toBe(true);
  });

  it('per kommun: the insatser offered there and every digital one, in list order', () => {
    for (const k of c.kommuner) {
      const id = k.data.documentId;
      expect(slugs(site.insatserIKommun(id)), k.data.slug).toEqual(
        slugs(c.insatser.filter((i) => i.data.digital || refs(i.data.kommuner, id))),
      );
    }
  });

  it('orders entries with the same name by slug, whatever the order in the snapshot', () => {
    const [first, second] = c.berattelser;
    if (!first || !second) throw new Error('Testdatat behöver två berättelser.');
    const same = (b: typeof first, slug: string) => ({ ...b, data: { ...b.data, titel: 'Samma titel', slug } });
    const stories = [same(first, 'omar-samma-2'), same(second, 'omar-samma')];
    const shuffled = new SiteIndex({ ...c, berattelser: stories }, site.singles);
    expect(slugs(shuffled.collections.berattelser)).toEqual(['omar-samma', 'omar-samma-2']);
  });
});
