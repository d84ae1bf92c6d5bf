import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import RichText from './RichText.astro';
import { examples } from './RichText.examples.ts';

describe('RichText', () => {
  it('outputs the renderer HTML as it is', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(RichText, { props: examples.plain });
    expect(html).toContain('<p>Du börjar med <strong>några timmar</strong> i veckan.</p>');
  });

  it('links the first occurrence of each glossary term, never inside an existing link', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(RichText, {
      props: { ...examples.withGlossary, glossary: { ...examples.withGlossary.glossary, used: new Set<string>() } },
    });
    expect(html).toContain('Fråga om en <a class="begrepp-lank" href="/begrepp#sip">SIP</a>.');
    expect(html).toContain('En <a class="begrepp-lank" href="/begrepp#insats">insats</a> kan hjälpa. Fler insatser finns.');
    expect(html).toContain('<a href="/x">SIP</a>');
  });

  it('renders nothing for a missing field', async () => {
    const container = await AstroContainer.create();
    expect((await container.renderToString(RichText, { props: examples.empty })).trim()).toBe('');
  });
});
