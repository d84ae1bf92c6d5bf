import type { z } from 'zod';
import { BlockSchema } from '../blocks.ts';
import type { PopulateSpec } from './populate.ts';
import { objectShape } from './shape.ts';

/**
 * Everything the project knows about one CMS content type, in one place. The registry
 * (`registry.ts`) lists the descriptors in dependency order, and the tables the rest of the
 * code reads — schemas by uid, REST endpoints, populate specs, the snapshot's parts, the
 * seed's steps — are derived from it. docs/adding-a-content-type.md says how to add one.
 */
export interface ContentTypeInput {
  /** Strapi's uid, `api::<name>.<name>`. */
  uid: string;
  /** The published entry as the REST API returns it (populated as `populate` says). */
  schema: z.ZodType;
  kind: 'collection' | 'single';
  /** `/api/<endpoint>`: plural for collections, singular for single types. */
  endpoint: string;
  /** What the REST API must populate for an entry to match `schema`; checked against schema.json by the contract test. */
  populate: PopulateSpec;
  /** Its name in the content snapshot, or null when the site is not built from it (the intake types). */
  snapshot: string | null;
  /** The entry's public page from its slug (see paths.ts), or null when entries have no page of their own. */
  page: ((slug: string) => string) | null;
  /**
   * The demo content file in cms/data, and for collections the field that identifies an entry
   * across seed runs and in other files' references (slug unless said); null when not seeded.
   */
  seed: { file: string; key?: string } | null;
}

export type ContentTypeDescriptor<T extends ContentTypeInput = ContentTypeInput> = T & {
  /** Top-level rich-text (Blocks) fields, read from the schema: the pipeline renders exactly these to HTML. */
  readonly richText: readonly string[];
};

/** A field schema that is a list of Blocks, looking through optional and nullable. */
export function isRichTextSchema(schema: z.ZodType): boolean {
  const def = (schema as unknown as { def: { type: string; innerType?: z.ZodType; element?: unknown } }).def;
  if ((def.type === 'optional' || def.type === 'nullable') && def.innerType) return isRichTextSchema(def.innerType);
  return def.type === 'array' && def.element === BlockSchema;
}

export function defineContentType<const T extends ContentTypeInput>(input: T): ContentTypeDescriptor<T> {
  const richText = Object.entries(objectShape(input.schema))
    .filter(([, field]) => isRichTextSchema(field))
    .map(([name]) => name);
  return { ...input, richText };
}

/** A relation in a populate spec: the pipeline needs only the target's documentId and slug. */
export const REF_POPULATE = { fields: ['slug'] };
/** A media field in a populate spec: what an <img> needs. */
export const MEDIA_POPULATE = { fields: ['url', 'alternativeText', 'width', 'height'] };
