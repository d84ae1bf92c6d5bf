import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import SearchMeta from './SearchMeta.astro';
import { examples } from './SearchMeta.examples.ts';

describe('SearchMeta', () => {
  it('states the content type as an empty Pagefind filter element', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(SearchMeta, { props: examples.berattelse });
    expect(html.trim()).toBe('<span data-pagefind-filter="typ:berättelse"></span>');
  });

  it('adds one kommun and one målgrupp filter per value for an insats', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(SearchMeta, { props: examples.insats });
    expect(html).toContain('<span data-pagefind-filter="kommun:Linköping"></span>');
    expect(html).toContain('<span data-pagefind-filter="kommun:Kinda"></span>');
    expect(html).toContain('<span data-pagefind-filter="malgrupp:Du som är sjukskriven"></span>');
    expect(html.replace(/<[^>]*>/g, '').trim()).toBe('');
  });
});
