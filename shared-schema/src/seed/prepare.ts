import { BERATTELSE_UID } from '../content/berattelse.ts';
import { KOMMUN_UID } from '../content/kommun.ts';

/** A record as it stands in a demo content file (cms/data/*.json). */
export type SeedRecord = Record<string, unknown>;

export interface SeedLookups {
  /** The county's name from its two-digit code (lan.json). */
  lanName: (code: string) => string;
}

/**
 * Where a demo content file says a thing differently from the CMS: a kommun names its county
 * by code, a story holds its consent as an object. The CMS's seed and the benchmark's content
 * generator both prepare records here, so they store the same thing.
 */
export function prepareSeedRecord(uid: string, record: SeedRecord, lookups: SeedLookups): SeedRecord {
  if (uid === KOMMUN_UID) return { ...record, lan: lookups.lanName(String(record.lan)), lanskod: record.lan };
  if (uid === BERATTELSE_UID) {
    const { samtycke, ...rest } = record;
    return { ...rest, samtyckeDatum: (samtycke as { datum?: string } | null)?.datum ?? null };
  }
  return record;
}

/** Whether a prepared record is published: never a story without recorded consent, which stays a draft for the redaktion. */
export const isSeedRecordPublished = (uid: string, record: SeedRecord): boolean =>
  uid === BERATTELSE_UID ? Boolean(record.samtyckeDatum) : true;
