import type { SearchMetaProps } from './SearchMeta.astro';

export const examples = {
  berattelse: { typ: 'berättelse' },
  insats: { typ: 'insats', kommuner: ['Linköping', 'Kinda'], malgrupper: ['Unga vuxna', 'Du som är sjukskriven'] },
} satisfies Record<string, SearchMetaProps>;
