/**
 * `@vg/shared-schema/guide`: the Hitta rätt engine without zod, for the site's island and the
 * admin alike — the flow walker, matching and ranking, and the guide index's format and types.
 * The index's schema and its builder (zod) are `@vg/shared-schema/guide/build`.
 */
export * from './card-files.ts';
export * from './flow-walker.ts';
export * from './index-format.ts';
export type {
  GuideCard,
  GuideCardFile,
  GuideForbund,
  GuideIndex,
  GuideIndexFlow,
  GuideInsats,
  GuideKommunTuple,
  GuideKontakt,
  GuideRelated,
} from './index-schema.ts';
export * from './matching.ts';
export * from './prepared-index.ts';
