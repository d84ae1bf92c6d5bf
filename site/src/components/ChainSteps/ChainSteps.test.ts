import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import ChainSteps from './ChainSteps.astro';
import { examples } from './ChainSteps.examples.ts';

describe('ChainSteps', () => {
  let container: AstroContainer;
  beforeAll(async () => {
    container = await AstroContainer.create();
  });

  it('is an ordered list with every step, its actor, rule and what you can do', async () => {
    const props = examples.arbete;
    if (!props) throw new Error('example missing');
    const html = await container.renderToString(ChainSteps, { props });
    expect(html).toMatch(/^\s*<ol class="chain">/);
    for (const step of props.steps) {
      expect(html).toContain(step.rubrik);
      expect(html).toContain(`href="${step.aktor.href}"`);
    }
    expect(html).toContain('Regeln bakom');
    expect(html).toContain('Det här kan du göra');
    expect(html).toContain('Slutet: arbete eller studier');
  });

  it('groups parallel steps in words and shape', async () => {
    const props = examples.arbete;
    if (!props) throw new Error('example missing');
    const html = await container.renderToString(ChainSteps, { props });
    // arbetslos-lange: steps 2 and 3 run at the same time as step 1.
    expect(html).toContain('class="chain__parallel"');
    expect(html).toMatch(/de här 3 stegen pågår samtidigt/);
    expect(html).toContain('Steg 1b: ');
  });

  it('marks a gap with the word Glapp and a dashed frame, not colour alone', async () => {
    const props = examples.glapp;
    if (!props) throw new Error('example missing');
    const html = await container.renderToString(ChainSteps, { props });
    expect(html).toContain('chain__end--glapp');
    expect(html).toContain('Glapp: här tar ingen aktör dig vidare');
  });
});
