/**
 * The published snapshot with one draft in it, made by the pipeline's own normalise: the draft is
 * validated, its links checked and its rich text rendered exactly as a pull would, so the preview
 * shows what publishing would give — or says what would stop it.
 */
import { parseSnapshot, SNAPSHOT_SOURCES, type Snapshot } from '@vg/shared-schema';
import type { ContentProblem } from '../pull/content-problem.ts';
import { normalise } from '../pull/normalise.ts';

export interface Draft {
  uid: string;
  documentId: string;
  locale: string | null;
  entry: Record<string, unknown>;
}

export interface DraftSnapshot {
  snapshot: Snapshot;
  /** The draft's page on the site; null when the draft cannot be shown (see problems). */
  path: string | null;
  /**
   * What the pipeline says about this draft, to fix before publishing. Read with allowInvalid, as
   * the local site is built, so all are warnings: with a null path they are why it is not shown.
   */
  problems: ContentProblem[];
}

type Item = { data: Record<string, unknown> } | null | undefined;

const sameEntry = (data: Record<string, unknown>, draft: Draft) =>
  data.documentId === draft.documentId && (draft.locale === null || data.locale === undefined || data.locale === draft.locale);

/** Every entry of the published snapshot as the pull read it (the snapshot keeps each entry's data as validated). */
function rawOf(published: Snapshot): Map<string, Record<string, unknown>[]> {
  const raw = new Map<string, Record<string, unknown>[]>();
  for (const source of SNAPSHOT_SOURCES) {
    const stored = (source.kind === 'collection' ? published.collections : published.singles) as Record<string, unknown>;
    const value = stored[source.name] as Item[] | Item;
    const items = (Array.isArray(value) ? value : [value]).filter((i): i is { data: Record<string, unknown> } => Boolean(i));
    raw.set(
      source.uid,
      items.map((i) => i.data),
    );
  }
  return raw;
}

export function snapshotWithDraft(published: Snapshot, draft: Draft, options: { cmsUrl: string; now?: Date }): DraftSnapshot {
  const raw = rawOf(published);
  const entries = raw.get(draft.uid);
  if (!entries) throw new Error(`Innehållstypen ${draft.uid} finns inte på webbplatsen.`);
  const entry = { ...draft.entry, documentId: draft.documentId };
  const at = entries.findIndex((data) => sameEntry(data, draft));
  if (at >= 0) entries[at] = entry;
  else entries.push(entry);

  const result = normalise(raw, { cmsUrl: options.cmsUrl, allowInvalid: true, now: options.now ?? new Date() });
  const problems = result.problems.filter((p) => p.contentType === draft.uid && p.documentId === draft.documentId);
  // What the site reads is the parsed form, as the pull checks before writing. Without the pull's
  // JSON round trip: normalise gives plain data already, and at 10,000 insatser the trip costs 0.4 s.
  const snapshot = parseSnapshot(result.snapshot, 'förhandsvisningens ögonblicksbild');
  const source = SNAPSHOT_SOURCES.find((s) => s.uid === draft.uid);
  const stored = (source?.kind === 'single' ? snapshot.singles : snapshot.collections) as Record<string, unknown>;
  const value = stored[source?.name ?? ''] as Item[] | Item;
  const shown = (Array.isArray(value) ? value : [value]).find((i) => i && sameEntry(i.data, draft)) as { path?: string | null } | undefined;
  return { snapshot, path: shown?.path ?? null, problems };
}
