import { fixtureInsats, fixtureSite } from '../../../test/fixture.ts';
import { compileTerms } from '../../lib/glossary.ts';
import type { InsatsDetailProps } from '../../lib/view-models.ts';
import { insatsDetail } from '../../lib/views.ts';

const site = fixtureSite();
const glossary = () => ({
  terms: compileTerms(site.collections.begrepp.map((b) => ({ slug: b.data.slug, term: b.data.term }))),
  used: new Set<string>(),
});

const longWord = 'Sjukpenninggrundandeinkomstarbetsförmågeutredning'.repeat(7).slice(0, 300);
const oddInsats = () => {
  const item = fixtureInsats('kom-igang-tingsryd');
  const odd = structuredClone(item);
  odd.data.namn = `Ärlig "Café" & <Öppet> 'hus' 🌻`;
  odd.data.sammanfattning = `${longWord} <img src=x onerror=alert(1)> 🧑‍🌾`;
  return odd;
};

/** Real insatser from the fixture: one with every field, one with only the required ones, and one with odd text. */
export const examples = {
  full: insatsDetail(site, fixtureInsats('jonsbo'), glossary()),
  minimal: insatsDetail(site, fixtureInsats('kom-igang-tingsryd'), glossary()),
  odd: insatsDetail(site, oddInsats(), glossary()),
} satisfies Record<string, InsatsDetailProps>;
export const oddLongWord = longWord;
