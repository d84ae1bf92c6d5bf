/**
 * The committed fixture snapshot (the demo content, site/test/fixtures) and its guide index, for
 * the engine's tests. Read once and shared; tests must not change what they get back.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseSnapshot, type Snapshot } from '../snapshot.ts';
import { buildGuideIndex } from './build-index.ts';
import type { KommunChoice } from './flow-walker.ts';
import type { GuideIndex } from './index-schema.ts';

export const FIXTURE_SNAPSHOT_PATH = path.resolve(import.meta.dirname, '../../../site/test/fixtures/snapshot.json');

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
