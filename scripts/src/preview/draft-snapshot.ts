/**
 * The published snapshot with one draft in it, made by the pipeline's own normalise: the draft is
 * validated, its links checked and its rich text rendered exactly as a pull would, so the preview
 * shows what publishing would give — or says what would stop it.
 */
import { SNAPSHOT_SOURCES, type Snapshot, SnapshotSchema } from '@vg/shared-schema';
import type { z } from 'zod';
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

type Item = { data: Record<string, unknown> };
type Source = (typeof SNAPSHOT_SOURCES)[number];

/** A source's entries in a snapshot (a single type's one entry as a list of one, or none). */
function itemsOf(snapshot: Pick<Snapshot, 'collections' | 'singles'>, source: Source): Item[] {
  const stored = (source.kind === 'collection' ? snapshot.collections : snapshot.singles) as Record<
    string,
    Item[] | Item | null | undefined
  >;
  const value = stored[source.name];
  return (Array.isArray(value) ? value : [value]).filter((i): i is Item => Boolean(i));
}

const sameEntry = (data: Record<string, unknown>, draft: Draft) =>
  data.documentId === draft.documentId && (draft.locale === null || data.locale === undefined || data.locale === draft.locale);

/** Every entry of the published snapshot as the pull read it (the snapshot keeps each entry's data as validated). */
function rawOf(published: Snapshot): Map<string, Record<string, unknown>[]> {
  const raw = new Map<string, Record<string, unknown>[]>();
  for (const source of SNAPSHOT_SOURCES)
    raw.set(
      source.uid,
      itemsOf(published, source).map((i) => i.data),
    );
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
  const source = SNAPSHOT_SOURCES.find((s) => s.uid === draft.uid);
  if (!source || !result.snapshot) throw new Error(`Innehållstypen ${draft.uid} finns inte på webbplatsen.`);

  // Only the draft's own collection changes. Its other entries are taken as published (already
  // parsed), and only the draft is parsed into the form the site reads, as the pull checks before
  // writing: parsing all of it again costs 0.3 s at 10,000 insatser, for entries that did not change.
  const shape = (source.kind === 'collection' ? SnapshotSchema.shape.collections.shape : SnapshotSchema.shape.singles.shape) as Record<
    string,
    z.ZodType
  >;
  const listSchema = shape[source.name] as z.ZodArray<z.ZodType> | z.ZodNullable<z.ZodType>;
  const itemSchema = 'element' in listSchema ? listSchema.element : listSchema.unwrap();
  const parse = (item: unknown) => itemSchema.parse(item) as { data: Record<string, unknown>; path: string | null };
  const key = (data: Record<string, unknown>) => `${String(data.documentId)}/${String(data.locale ?? '')}`;
  const asPublished = new Map(itemsOf(published, source).map((i) => [key(i.data), i]));
  let shown: { path: string | null } | undefined;
  const take = (item: Item) => {
    if (!sameEntry(item.data, draft)) return asPublished.get(key(item.data)) ?? parse(item);
    const parsed = parse(item);
    shown = parsed;
    return parsed;
  };
  const taken = itemsOf(result.snapshot as Snapshot, source).map(take);
  const replaced = source.kind === 'collection' ? taken : (taken[0] ?? null);
  const snapshot = (
    source.kind === 'collection'
      ? { ...published, collections: { ...published.collections, [source.name]: replaced } }
      : { ...published, singles: { ...published.singles, [source.name]: replaced } }
  ) as Snapshot;
  return { snapshot, path: shown?.path ?? null, problems };
}
