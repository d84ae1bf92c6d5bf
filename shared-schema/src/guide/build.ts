/**
 * `@vg/shared-schema/guide/build`: the guide index built from content (a snapshot, or the CMS's
 * published documents) and checked against its schema. Uses zod: for the build and the CMS
 * server, never a browser bundle (the engine is `@vg/shared-schema/guide`).
 */
export * from './build-index.ts';
export * from './index-schema.ts';
export * from './valid-guide.ts';
