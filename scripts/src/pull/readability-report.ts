import {
  type Blocks,
  blocksToTextUnits,
  distanceFromTarget,
  readability,
  SNAPSHOT_SOURCES,
  type Snapshot,
  TEXT_TARGETS,
  type TextStyle,
} from '@vg/shared-schema';
import { adminUrl } from './content-problem.ts';

/** One published text measured against its target, for the content report. */
export interface ReadabilityEntry {
  contentType: string;
  slug: string;
  field: string;
  style: TextStyle;
  words: number;
  lix: number;
  meanSentenceWords: number;
  longestSentenceWords: number;
  /** 0 meets the target; the report lists only texts above 0, furthest first. */
  distance: number;
  adminUrl: string;
}

/** The lättläst version of an insats is written to the lättläst target; every other text to klarspråk. */
const styleOf = (field: string): TextStyle => (field === 'lattlast' ? 'lattlast' : 'klarsprak');

/**
 * Every rich-text field of every published entry, measured (LIX, sentence length) against its
 * target: the texts furthest from it first, so the redaktion knows where rewriting helps most.
 */
export function readabilityReport(snapshot: Snapshot, cmsUrl: string): ReadabilityEntry[] {
  const entries: ReadabilityEntry[] = [];
  for (const source of SNAPSHOT_SOURCES) {
    const part =
      source.kind === 'collection'
        ? snapshot.collections[source.name as keyof Snapshot['collections']]
        : [snapshot.singles[source.name as keyof Snapshot['singles']]];
    for (const item of part ?? []) {
      if (!item) continue;
      const data = item.data as Record<string, unknown> & { documentId: string };
      for (const field of source.richText) {
        const value = data[field];
        if (!Array.isArray(value) || value.length === 0) continue;
        const style = styleOf(field);
        const r = readability(blocksToTextUnits(value as Blocks), TEXT_TARGETS[style]);
        const distance = distanceFromTarget(r, TEXT_TARGETS[style]);
        if (distance === 0) continue;
        entries.push({
          contentType: source.uid,
          slug: String(data.slug ?? ''),
          field,
          style,
          words: r.words,
          lix: r.lix,
          meanSentenceWords: r.meanSentenceWords,
          longestSentenceWords: r.longestSentenceWords,
          distance,
          adminUrl: adminUrl(cmsUrl, source.uid, source.kind, data.documentId),
        });
      }
    }
  }
  return entries.sort((a, b) => b.distance - a.distance || a.slug.localeCompare(b.slug, 'sv'));
}
