import type { z } from 'zod';
import { GUIDE_COMPONENT_SCHEMAS } from '../guide/flow.ts';
import { AKTOR_TYPE } from './aktor.ts';
import { AMNE_TYPE } from './amne.ts';
import { BEGREPP_TYPE } from './begrepp.ts';
import { BERATTELSE_STEG_COMPONENT, BERATTELSE_TYPE, BerattelseStegComponentSchema } from './berattelse.ts';
import { SHARED_COMPONENT_SCHEMAS } from './components.ts';
import { FORBUND_TYPE } from './forbund.ts';
import { FRAGA_TYPE } from './fraga.ts';
import { HITTA_RATT_TYPE } from './hitta-ratt.ts';
import { INSATS_COMPONENT_SCHEMAS, INSATS_TYPE } from './insats.ts';
import { ATERKOPPLING_TYPE, FORSLAG_TYPE, INLAMNINGSNYCKEL_TYPE, PLATSANDRING_TYPE } from './intake.ts';
import { JARGONGORD_TYPE } from './jargongord.ts';
import { KEDJA_SLUT_COMPONENT, KEDJA_STEG_COMPONENT, KEDJA_TYPE, KedjaSlutComponentSchema, KedjaStegComponentSchema } from './kedja.ts';
import { KOMMUN_TYPE } from './kommun.ts';
import { LIVSSITUATION_TYPE } from './livssituation.ts';
import { MALGRUPP_TYPE } from './malgrupp.ts';
import { ORGANISATION_TYPE } from './organisation.ts';
import type { PopulateSpec } from './populate.ts';
import { STARTSIDA_PUFF_COMPONENT, STARTSIDA_TYPE, StartsidaPuffComponentSchema } from './startsida.ts';
import {
  BedomningComponentSchema,
  FeedbackComponentSchema,
  KantProblemComponentSchema,
  TILLGANGLIGHET_BEDOMNING_COMPONENT,
  TILLGANGLIGHET_FEEDBACK_COMPONENT,
  TILLGANGLIGHET_KANT_PROBLEM_COMPONENT,
  TILLGANGLIGHET_TILLSYN_COMPONENT,
  TILLGANGLIGHETSREDOGORELSE_TYPE,
  TillsynComponentSchema,
} from './tillganglighetsredogorelse.ts';

/**
 * Every CMS content type, in dependency order: an entry's relations point only at types
 * listed before it. That is the order the seed loads the demo content and the pull reads
 * and writes the snapshot. Adding a type: docs/adding-a-content-type.md.
 */
export const CONTENT_TYPES = [
  KOMMUN_TYPE,
  MALGRUPP_TYPE,
  LIVSSITUATION_TYPE,
  AMNE_TYPE,
  AKTOR_TYPE,
  ORGANISATION_TYPE,
  FORBUND_TYPE,
  INSATS_TYPE,
  KEDJA_TYPE,
  BERATTELSE_TYPE,
  FRAGA_TYPE,
  BEGREPP_TYPE,
  STARTSIDA_TYPE,
  TILLGANGLIGHETSREDOGORELSE_TYPE,
  HITTA_RATT_TYPE,
  JARGONGORD_TYPE,
  FORSLAG_TYPE,
  INLAMNINGSNYCKEL_TYPE,
  ATERKOPPLING_TYPE,
  PLATSANDRING_TYPE,
] as const;
export type ContentType = (typeof CONTENT_TYPES)[number];
export type ContentTypeUid = ContentType['uid'];

const byUid = <V>(value: (type: ContentType) => V) =>
  Object.fromEntries(CONTENT_TYPES.map((type) => [type.uid, value(type)])) as Record<ContentTypeUid, V>;

/** The descriptor of a uid, or undefined for a uid the project does not know. */
export const contentTypeOf = (uid: string): ContentType | undefined => CONTENT_TYPES.find((type) => type.uid === uid);

/** Every CMS content type's published-entry schema, by Strapi uid: what the pipeline validates and the contract test checks. */
export const CONTENT_TYPE_SCHEMAS = Object.fromEntries(CONTENT_TYPES.map((type) => [type.uid, type.schema])) as {
  [T in ContentType as T['uid']]: T['schema'];
};

/**
 * Where each content type lives in the REST API (`/api/<endpoint>`). The intake types have
 * their names here for completeness, but the CMS serves no REST routes for them: they are
 * written only by the intake routes and read only in the admin.
 */
export const REST_ENDPOINTS = byUid((type) => ({ endpoint: type.endpoint, kind: type.kind }));

/**
 * What the REST API must populate for each content type so that a published entry matches
 * its zod schema: every relation (as a reference: documentId and slug), every component and
 * every media field — named one by one, never `populate=*`. The pipeline sends these; the
 * CMS uses them to load a draft for publish-time validation; a contract test checks them
 * against schema.json.
 */
export const POPULATE: Record<ContentTypeUid, PopulateSpec> = byUid((type) => type.populate);

/** Every component's schema, by Strapi component uid. */
export const COMPONENT_SCHEMAS = {
  ...SHARED_COMPONENT_SCHEMAS,
  ...INSATS_COMPONENT_SCHEMAS,
  [BERATTELSE_STEG_COMPONENT]: BerattelseStegComponentSchema,
  [KEDJA_STEG_COMPONENT]: KedjaStegComponentSchema,
  [KEDJA_SLUT_COMPONENT]: KedjaSlutComponentSchema,
  [STARTSIDA_PUFF_COMPONENT]: StartsidaPuffComponentSchema,
  [TILLGANGLIGHET_KANT_PROBLEM_COMPONENT]: KantProblemComponentSchema,
  [TILLGANGLIGHET_BEDOMNING_COMPONENT]: BedomningComponentSchema,
  [TILLGANGLIGHET_FEEDBACK_COMPONENT]: FeedbackComponentSchema,
  [TILLGANGLIGHET_TILLSYN_COMPONENT]: TillsynComponentSchema,
  ...GUIDE_COMPONENT_SCHEMAS,
} as const satisfies Record<string, z.ZodType>;
