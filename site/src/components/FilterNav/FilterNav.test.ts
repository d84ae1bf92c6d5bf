import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import FilterNav from './FilterNav.astro';
import { examples } from './FilterNav.examples.ts';

describe('FilterNav', () => {
  it('is links to static pages (no form), with the current filter marked and its group open', async () => {
    const container = await AstroContainer.create();
    const props = examples.kommun;
    if (!props) throw new Error('example missing');
    const html = await container.renderToString(FilterNav, { props });
    expect(html).not.toContain('<form');
    expect(html).toMatch(/<details open>\s*<summary>Var bor du\?<\/summary>/);
    expect(html).toMatch(/<a href="\/vagval\/kommun\/linkoping" aria-current="page">Linköping<\/a>/);
    expect(html).toMatch(/<details>\s*<summary>Typ av stöd<\/summary>/);
    expect(html).not.toContain('Tom grupp');
  });
});
