import { fixtureSite } from '../../../test/fixture.ts';
import type { ChainStepsProps } from '../../lib/view-models.ts';
import { chainSteps } from '../../lib/views.ts';

const kedja = (slug: string) => {
  const site = fixtureSite();
  const item = site.collections.kedjor.find((k) => k.data.slug === slug);
  if (!item) throw new Error(`Testdatat saknar kedjan "${slug}".`);
  return chainSteps(site, item);
};

/** Real chains from the fixture: one ending in a gap (with parallel steps), one ending in work or studies. */
export const examples = {
  glapp: kedja('sjukskriven-utan-anstallning'),
  arbete: kedja('arbetslos-lange'),
} satisfies Record<string, ChainStepsProps>;
