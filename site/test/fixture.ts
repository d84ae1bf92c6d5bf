/** The committed fixture snapshot, indexed like the site does, for component examples and tests. */
import path from 'node:path';
import { readSnapshotFile } from '../src/content/snapshot-loader.ts';
import { type InsatsItem, SiteIndex } from '../src/lib/site-index.ts';

export const FIXTURE_SNAPSHOT = path.resolve(import.meta.dirname, 'fixtures', 'snapshot.json');

let index: SiteIndex | undefined;
export function fixtureSite(): SiteIndex {
  if (!index) {
    const snapshot = readSnapshotFile(FIXTURE_SNAPSHOT);
    index = new SiteIndex(snapshot.collections, snapshot.singles);
  }
  return index;
}

export function fixtureInsats(slug: string): InsatsItem {
  const item = fixtureSite().collections.insatser.find((i) => i.data.slug === slug);
  if (!item) throw new Error(`Testdatat saknar insatsen "${slug}".`);
  return item;
}
