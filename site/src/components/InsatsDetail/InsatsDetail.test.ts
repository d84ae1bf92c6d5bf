import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import InsatsDetail from './InsatsDetail.astro';
import { examples, oddLongWord } from './InsatsDetail.examples.ts';

/** Every heading must be followed by some content before the next heading or the end of its section. */
function emptyHeadings(html: string): string[] {
  const found: string[] = [];
  const re = /<(h[1-6])[^>]*>([\s\S]*?)<\/\1>\s*(?=<\/section>|<\/article>|<h[1-6][\s>]|$)/g;
  for (const m of html.matchAll(re)) found.push(m[2] ?? '');
  return found;
}

describe('InsatsDetail', () => {
  let container: AstroContainer;
  beforeAll(async () => {
    container = await AstroContainer.create();
  });

  it('shows everything a person needs to act (Jonsbo, every field filled in)', async () => {
    const html = await container.renderToString(InsatsDetail, { props: examples.full });
    expect(html).toContain('<h1>Jonsbo – grön rehabilitering</h1>');
    for (const heading of [
      'I korthet',
      'Om insatsen',
      'Det här gör du',
      'Vem passar det för?',
      'Krav för att vara med',
      'Så kommer du in',
      'Steg för steg',
      'Var det är',
      'Lediga platser och kö',
      'Tillgänglighet på platsen',
      'Kontakt',
      'Vem driver insatsen?',
    ]) {
      expect(html, heading).toContain(`>${heading}</h`);
    }
    expect(html).toContain('href="tel:+46131234520"');
    expect(html).toContain('href="mailto:kontakt@jonsbo.example.se"');
    expect(html).toContain('Remiss från Försäkringskassan');
    expect(html).toMatch(/<ol class="steps">/);
    expect(html).toContain('Det finns kö');
    expect(html).toContain('Senast granskad 10 september 2026');
    expect(html).toContain('href="/vagval/jonsbo/lattlast"');
  });

  it('renders an insats with only the required fields without empty headings', async () => {
    const html = await container.renderToString(InsatsDetail, { props: examples.minimal });
    expect(html).toContain('<h1>Kom igång Tingsryd</h1>');
    expect(emptyHeadings(html)).toEqual([]);
    for (const absent of [
      'Det här gör du',
      'Krav för att vara med',
      'Steg för steg',
      'Var det är',
      'Kontakt',
      'Tillgänglighet på platsen',
      'Lediga platser och kö',
    ]) {
      expect(html, absent).not.toContain(`>${absent}</h`);
    }
    expect(html).not.toMatch(/<(ul|ol|dl)[^>]*>\s*<\/\1>/);
    expect(html).not.toContain('lattlast');
  });

  it('escapes odd text and keeps a 300-character word intact for CSS to wrap', async () => {
    const html = await container.renderToString(InsatsDetail, { props: examples.odd });
    expect(html).toContain('<h1>Ärlig &quot;Café&quot; &amp; &lt;Öppet&gt; &#39;hus&#39; 🌻</h1>');
    expect(html).not.toContain('<img');
    expect(html).toContain(oddLongWord);
    expect(html).toContain('🧑‍🌾');
  });

  it('links the first glossary term in the description to its explanation', async () => {
    // The set of linked terms is per page: start from an empty one.
    const glossary = examples.full.glossary && { terms: examples.full.glossary.terms, used: new Set<string>() };
    const html = await container.renderToString(InsatsDetail, { props: { ...examples.full, glossary } });
    expect(html).toContain('<a class="begrepp-lank" href="/begrepp#handlaggare">handläggare</a>');
    expect(html.match(/href="\/begrepp#handlaggare"/g)).toHaveLength(1);
  });
});
