import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import Breadcrumbs from './Breadcrumbs.astro';
import { examples } from './Breadcrumbs.examples.ts';

describe('Breadcrumbs', () => {
  let container: AstroContainer;
  beforeAll(async () => {
    container = await AstroContainer.create();
  });

  it('links the ancestors and marks the current page without a link', async () => {
    const html = await container.renderToString(Breadcrumbs, { props: examples.insats });
    expect(html).toMatch(/<nav[^>]*aria-label="Du är här"/);
    expect(html).toContain('<a href="/vagval">Vägval</a>');
    expect(html).toMatch(/<span aria-current="page">Jonsbo – grön rehabilitering<\/span>/);
    expect(html).not.toContain('href="/vagval/jonsbo"');
  });

  it('renders nothing on the home page', async () => {
    const html = await container.renderToString(Breadcrumbs, { props: examples.homeOnly });
    expect(html.trim()).toBe('');
  });
});
