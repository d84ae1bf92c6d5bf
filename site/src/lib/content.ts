/**
 * The pages' one way to the content: the snapshot collections from Astro's content layer,
 * typed with the shared-schema types and indexed (see site-index.ts).
 */

import { getCollection } from 'astro:content';
import type { SnapshotCollectionName, SnapshotSingleName } from '@vg/shared-schema';
import { type Collections, type Singles, SiteIndex } from './site-index.ts';

const COLLECTION_NAMES = [
  'kommuner',
  'malgrupper',
  'livssituationer',
  'amnen',
  'aktorer',
  'organisationer',
  'forbund',
  'insatser',
  'kedjor',
  'berattelser',
  'fragor',
  'begrepp',
] as const satisfies readonly SnapshotCollectionName[];

async function items<K extends SnapshotCollectionName>(name: K): Promise<Collections[K]> {
  // The loader validated every entry with the shared-schema schema, so the stored data has that type.
  const entries = await getCollection(name);
  return entries.map((e) => e.data) as Collections[K];
}

async function single<K extends SnapshotSingleName & keyof Singles>(name: K): Promise<Singles[K]> {
  const entries = await getCollection(name);
  return (entries[0]?.data ?? null) as Singles[K];
}

async function load(): Promise<SiteIndex> {
  const lists = await Promise.all(COLLECTION_NAMES.map(async (name) => [name, await items(name)] as const));
  const collections = Object.fromEntries(lists) as unknown as Collections;
  const singles: Singles = {
    startsida: await single('startsida'),
    tillganglighetsredogorelse: await single('tillganglighetsredogorelse'),
  };
  return new SiteIndex(collections, singles);
}

let cached: Promise<SiteIndex> | undefined;

/** The indexed site content. Built once per build; in dev it is rebuilt each time so edits show. */
export function getSite(): Promise<SiteIndex> {
  if (!import.meta.env.PROD) return load();
  cached ??= load();
  return cached;
}
