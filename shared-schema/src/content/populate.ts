/**
 * How a content type's REST request populates its attributes. Each type's spec is in its
 * descriptor (`populate`); `POPULATE` in registry.ts lists them by uid.
 */
/** How one attribute is populated: all of it, some fields of a relation or media, or a component with its relations and nested components. */
export type PopulateEntry = true | { fields: string[] } | { populate: Record<string, PopulateEntry> };
export type PopulateSpec = Record<string, PopulateEntry>;
