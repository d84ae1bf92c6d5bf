import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import ErrorSummary from './ErrorSummary.astro';
import { examples } from './ErrorSummary.examples.ts';

describe('ErrorSummary', () => {
  it('is a hidden, focusable box with the heading and an empty list for the script to fill', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(ErrorSummary, { props: examples.standard });
    expect(html).toMatch(/<div class="fel-sammanfattning" id="fel-sammanfattning" tabindex="-1" data-fel-sammanfattning hidden>/);
    expect(html).toContain('<h2 class="fel-sammanfattning__rubrik" id="fel-sammanfattning-rubrik">Det finns fel i formuläret</h2>');
    expect(html).toContain('<ul class="fel-sammanfattning__lista" data-fel-lista></ul>');
    expect(html).not.toContain('role="alert"');
  });

  it('takes its own id and heading', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(ErrorSummary, { props: examples.egenRubrik });
    expect(html).toContain('id="fel-rapport"');
    expect(html).toContain('>Rapporten har fel</h2>');
  });
});
