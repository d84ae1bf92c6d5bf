import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import InsatsCard from './InsatsCard.astro';
import { examples } from './InsatsCard.examples.ts';

describe('InsatsCard', () => {
  let container: AstroContainer;
  beforeAll(async () => {
    container = await AstroContainer.create();
  });

  it('links the name and shows where, what kind and places', async () => {
    const html = await container.renderToString(InsatsCard, { props: examples.full });
    expect(html).toMatch(/<h3><a href="\/vagval\/jonsbo">Jonsbo – grön rehabilitering<\/a><\/h3>/);
    expect(html).toContain('Linköping');
    expect(html).toContain('Kö just nu');
  });

  it('takes the heading level the list asks for', async () => {
    const html = await container.renderToString(InsatsCard, { props: { ...examples.full, headingLevel: 2 } });
    expect(html).toMatch(/<h2><a href="\/vagval\/jonsbo">Jonsbo – grön rehabilitering<\/a><\/h2>/);
    expect(html).not.toContain('<h3');
  });

  it('leaves out the status line when there is nothing to say', async () => {
    const html = await container.renderToString(InsatsCard, { props: examples.minimal });
    expect(html).not.toContain('class="tag');
    expect(html).not.toMatch(/<p>\s*<\/p>/);
  });

  it('escapes odd text: quotes, tags, emoji, Swedish letters and a 300-character word', async () => {
    const html = await container.renderToString(InsatsCard, { props: examples.odd });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;b&gt;fet&lt;/b&gt;');
    expect(html).toContain('Åäö &quot;citat&quot;');
    expect(html).toContain('🌱');
    expect(html).toContain(examples.odd?.sammanfattning.slice(0, 300));
  });
});
