/**
 * The committed fixture snapshot and its guide index, for the guide's tests. Read once and
 * shared; tests must not change what they get back.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseSnapshot, type Snapshot } from '@vg/shared-schema';
import type { KommunChoice } from './engine/flow-walker.ts';
import { buildGuideIndex } from './index/build-guide-index.ts';
import type { GuideIndex } from './index/guide-index-schema.ts';

export const FIXTURE_SNAPSHOT_PATH = path.resolve(import.meta.dirname, '../../test/fixtures/snapshot.json');

let snapshot: Snapshot | undefined;
let index: GuideIndex | undefined;

export function fixtureSnapshot(): Snapshot {
  snapshot ??= parseSnapshot(JSON.parse(readFileSync(FIXTURE_SNAPSHOT_PATH, 'utf8')), FIXTURE_SNAPSHOT_PATH);
  return snapshot;
}

export function fixtureGuideIndex(): GuideIndex {
  index ??= buildGuideIndex(fixtureSnapshot());
  return index;
}

/** The index's kommuner as the kommun question accepts them. */
export function kommunChoices(ix: GuideIndex): KommunChoice[] {
  return ix.k.map(([kod, namn]) => ({ kod, namn }));
}
