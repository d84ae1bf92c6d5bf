import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import SearchForm from './SearchForm.astro';
import { examples } from './SearchForm.examples.ts';

describe('SearchForm', () => {
  it('is a GET form to /sok with a labelled q field', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(SearchForm, { props: examples.header });
    expect(html).toMatch(/<form[^>]*action="\/sok"[^>]*method="get"[^>]*role="search"/);
    expect(html).toMatch(/<label for="sok-q">/);
    expect(html).toMatch(/<input id="sok-q" type="search" name="q"/);
  });

  it('escapes a query shown again', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(SearchForm, { props: examples.withValue });
    expect(html).toContain('value="arbetsträning &amp; &quot;språk&quot;"');
  });
});
