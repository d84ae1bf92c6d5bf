import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import Lyssna from './Lyssna.astro';
import { examples } from './Lyssna.examples.ts';

describe('Lyssna', () => {
  it('is a real button, hidden until the script finds speech synthesis (works without JavaScript by not showing)', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(Lyssna, { props: examples.default });
    expect(html).toMatch(/<button type="button" class="lyssna" data-lyssna hidden>/);
    expect(html).toContain('Lyssna');
    expect(html).toMatch(/<svg aria-hidden="true"/);
  });
});
