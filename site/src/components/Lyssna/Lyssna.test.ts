import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import { LYSSNA_AVAILABLE_SCRIPT } from './availability.ts';
import Lyssna from './Lyssna.astro';
import { examples } from './Lyssna.examples.ts';

describe('Lyssna', () => {
  it('is a group of real buttons, left out of what it reads, with Sluta hidden until it reads', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(Lyssna, { props: examples.default });
    expect(html).toMatch(/<div class="lyssna" role="group" aria-label="Lyssna på sidan" data-lyssna data-lyssna-skip>/);
    expect(html).toMatch(/<button type="button" class="lyssna__knapp" data-lyssna-spela>/);
    expect(html).toMatch(/<button type="button" class="lyssna__knapp" data-lyssna-sluta hidden>Sluta<\/button>/);
    expect(html).toMatch(/<svg aria-hidden="true"/);
  });

  it('is drawn only where the browser can speak, decided before the first paint', () => {
    const run = (win: Record<string, unknown>) => {
      const html = { dataset: {} as Record<string, string> };
      new Function('window', 'document', LYSSNA_AVAILABLE_SCRIPT)(win, { documentElement: html });
      return html.dataset.lyssna;
    };
    expect(run({ speechSynthesis: {}, SpeechSynthesisUtterance: class {} })).toBe('ja');
    expect(run({})).toBeUndefined();
    expect(run({ speechSynthesis: undefined, SpeechSynthesisUtterance: class {} })).toBeUndefined();
  });
});
