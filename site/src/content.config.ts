import { defineCollection } from 'astro:content';
import { snapshotCollectionLoader, snapshotSingleLoader } from './content/snapshot-loader.ts';

// One collection per snapshot collection, plus the two single types. The schemas come from
// @vg/shared-schema through the loaders, so the site and the CMS share one definition.
export const collections = {
  kommuner: defineCollection({ loader: snapshotCollectionLoader('kommuner') }),
  malgrupper: defineCollection({ loader: snapshotCollectionLoader('malgrupper') }),
  livssituationer: defineCollection({ loader: snapshotCollectionLoader('livssituationer') }),
  amnen: defineCollection({ loader: snapshotCollectionLoader('amnen') }),
  aktorer: defineCollection({ loader: snapshotCollectionLoader('aktorer') }),
  organisationer: defineCollection({ loader: snapshotCollectionLoader('organisationer') }),
  forbund: defineCollection({ loader: snapshotCollectionLoader('forbund') }),
  insatser: defineCollection({ loader: snapshotCollectionLoader('insatser') }),
  kedjor: defineCollection({ loader: snapshotCollectionLoader('kedjor') }),
  berattelser: defineCollection({ loader: snapshotCollectionLoader('berattelser') }),
  fragor: defineCollection({ loader: snapshotCollectionLoader('fragor') }),
  begrepp: defineCollection({ loader: snapshotCollectionLoader('begrepp') }),
  startsida: defineCollection({ loader: snapshotSingleLoader('startsida') }),
  tillganglighetsredogorelse: defineCollection({ loader: snapshotSingleLoader('tillganglighetsredogorelse') }),
};
