import { z } from 'zod';
import { IsoDateSchema } from './content/common.ts';
import { CONTENT_TYPES, type ContentType } from './content/registry.ts';

/**
 * The content snapshot: everything the site is built from, pulled from the CMS,
 * validated and normalised. Versioned: a reader refuses a version it does not
 * know. Format (docs/snapshot-format.md):
 *
 *   { format, version, generatedAt, source, collections: { <name>: SnapshotItem[] }, singles: {…} }
 *
 * Each item keeps the CMS entry exactly as its shared-schema schema describes it
 * (`data`: relations as { documentId, slug } references that are guaranteed to
 * resolve inside the snapshot), plus what the pipeline derived: rich text
 * rendered to safe HTML by the allow-list renderer (`html`), the public path,
 * and the review status.
 */
export const SNAPSHOT_FORMAT = 'valfardsguiden-snapshot';
export const SNAPSHOT_VERSION = 1;

/** When an entry was reviewed and when it is due again. */
export const GranskningSchema = z.object({
  /** Senast granskad, as entered by the editor. */
  senastGranskad: IsoDateSchema,
  /** senastGranskad + the review interval. */
  nastaGranskning: IsoDateSchema,
  /** True when nastaGranskning is before the snapshot's date: listed in the stale-content report. */
  forfallen: z.boolean(),
});
export type Granskning = z.infer<typeof GranskningSchema>;

/** One entry in the snapshot: the validated CMS data and what the pipeline derived from it. */
export const snapshotItem = <T extends z.ZodType>(data: T) =>
  z.object({
    data,
    /** Rich-text fields rendered to HTML by the allow-list renderer, by field name. The only HTML a page may output. */
    html: z.record(z.string(), z.string()),
    /** The entry's own page on the site (`/vagval/jonsbo`), or null when it has none. */
    path: z.string().nullable(),
    /** Review status for publishable entries; null for vocabularies. */
    granskning: GranskningSchema.nullable(),
  });

type SnapshotType<Kind extends 'collection' | 'single'> = Extract<ContentType, { kind: Kind; snapshot: string }>;
type SchemasByName<T extends ContentType> = { [D in T as D['snapshot'] & string]: D['schema'] };
type Item<S extends z.ZodType> = ReturnType<typeof snapshotItem<S>>;

/** The content types the site is built from, in the registry's (dependency) order: the pull order. */
const snapshotTypes = <Kind extends 'collection' | 'single'>(kind: Kind) =>
  CONTENT_TYPES.filter((type): type is SnapshotType<Kind> => type.kind === kind && type.snapshot !== null);
const schemasByName = <Kind extends 'collection' | 'single'>(kind: Kind) =>
  Object.fromEntries(snapshotTypes(kind).map((type) => [type.snapshot, type.schema])) as SchemasByName<SnapshotType<Kind>>;
const mapValues = <T extends Record<string, z.ZodType>, V>(record: T, f: (schema: z.ZodType) => V) =>
  Object.fromEntries(Object.entries(record).map(([name, schema]) => [name, f(schema)])) as { [K in keyof T]: V };

/** Collections in the snapshot: name → the schema of each entry. Order is the pull order. */
export const SNAPSHOT_COLLECTIONS = schemasByName('collection');
export type SnapshotCollectionName = keyof typeof SNAPSHOT_COLLECTIONS;

export const SNAPSHOT_SINGLES = schemasByName('single');
export type SnapshotSingleName = keyof typeof SNAPSHOT_SINGLES;

type CollectionsShape = { [K in SnapshotCollectionName]: z.ZodArray<Item<(typeof SNAPSHOT_COLLECTIONS)[K]>> };
type SinglesShape = { [K in SnapshotSingleName]: z.ZodNullable<Item<(typeof SNAPSHOT_SINGLES)[K]>> };

export const SnapshotSchema = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  version: z.literal(SNAPSHOT_VERSION),
  /** When the pull ran (ISO date-time). Stale-content status is relative to this. */
  generatedAt: z.iso.datetime(),
  /** Where the content came from: the CMS URL. */
  source: z.string(),
  collections: z.object(mapValues(SNAPSHOT_COLLECTIONS, (schema) => z.array(snapshotItem(schema))) as CollectionsShape),
  singles: z.object(mapValues(SNAPSHOT_SINGLES, (schema) => snapshotItem(schema).nullable()) as SinglesShape),
});
export type Snapshot = z.infer<typeof SnapshotSchema>;
export type SnapshotItem<K extends SnapshotCollectionName> = Snapshot['collections'][K][number];

/** Thrown when a snapshot cannot be used; the message says what to do. */
export class SnapshotError extends Error {
  override name = 'SnapshotError';
}

/**
 * Parses a snapshot, refusing unknown formats and versions with a message that
 * says what to do, and reporting every schema problem with its path.
 */
export function parseSnapshot(json: unknown, where = 'ögonblicksbilden'): Snapshot {
  const head = z.object({ format: z.string(), version: z.number() }).safeParse(json);
  if (!head.success || head.data.format !== SNAPSHOT_FORMAT) {
    throw new SnapshotError(
      `${where} är inte en ögonblicksbild av Välfärdsguidens innehåll (fältet "format" ska vara "${SNAPSHOT_FORMAT}").`,
    );
  }
  if (head.data.version !== SNAPSHOT_VERSION) {
    throw new SnapshotError(
      `${where} har formatversion ${head.data.version}, men den här koden läser version ${SNAPSHOT_VERSION}. Hämta innehållet igen med "pnpm pull" (eller uppdatera koden om filen är nyare).`,
    );
  }
  const parsed = SnapshotSchema.safeParse(json);
  if (!parsed.success) {
    const lines = parsed.error.issues.slice(0, 20).map((i) => `  - ${i.path.join('.')}: ${i.message}`);
    throw new SnapshotError(`${where} följer inte formatet:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/** Which content type fills which part of the snapshot, and where its pages live on the site. */
export const SNAPSHOT_SOURCES: readonly {
  uid: string;
  name: SnapshotCollectionName | SnapshotSingleName;
  kind: 'collection' | 'single';
  /** Public path of an entry, from its slug; null when entries have no page of their own. */
  path: ((slug: string) => string) | null;
  /** Top-level rich-text fields, rendered to HTML by the pipeline. */
  richText: readonly string[];
}[] = [...snapshotTypes('collection'), ...snapshotTypes('single')].map((type) => ({
  uid: type.uid,
  name: type.snapshot,
  kind: type.kind,
  path: type.page,
  richText: type.richText,
}));
