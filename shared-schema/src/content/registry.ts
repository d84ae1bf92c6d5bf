import type { z } from 'zod';
import { AKTOR_UID, AktorSchema } from './aktor.ts';
import { AMNE_UID, AmneSchema } from './amne.ts';
import { BEGREPP_UID, BegreppSchema } from './begrepp.ts';
import { BERATTELSE_STEG_COMPONENT, BERATTELSE_UID, BerattelseSchema, BerattelseStegComponentSchema } from './berattelse.ts';
import { SHARED_COMPONENT_SCHEMAS } from './components.ts';
import { FORBUND_UID, ForbundSchema } from './forbund.ts';
import { FRAGA_UID, FragaSchema } from './fraga.ts';
import { INSATS_COMPONENT_SCHEMAS, INSATS_UID, InsatsSchema } from './insats.ts';
import {
  KEDJA_SLUT_COMPONENT,
  KEDJA_STEG_COMPONENT,
  KEDJA_UID,
  KedjaSchema,
  KedjaSlutComponentSchema,
  KedjaStegComponentSchema,
} from './kedja.ts';
import { KOMMUN_UID, KommunSchema } from './kommun.ts';
import { LIVSSITUATION_UID, LivssituationSchema } from './livssituation.ts';
import { MALGRUPP_UID, MalgruppSchema } from './malgrupp.ts';
import { ORGANISATION_UID, OrganisationSchema } from './organisation.ts';
import { STARTSIDA_PUFF_COMPONENT, STARTSIDA_UID, StartsidaPuffComponentSchema, StartsidaSchema } from './startsida.ts';
import {
  BedomningComponentSchema,
  FeedbackComponentSchema,
  KantProblemComponentSchema,
  TILLGANGLIGHET_BEDOMNING_COMPONENT,
  TILLGANGLIGHET_FEEDBACK_COMPONENT,
  TILLGANGLIGHET_KANT_PROBLEM_COMPONENT,
  TILLGANGLIGHET_TILLSYN_COMPONENT,
  TILLGANGLIGHETSREDOGORELSE_UID,
  TillganglighetsredogorelseSchema,
  TillsynComponentSchema,
} from './tillganglighetsredogorelse.ts';

/** Every CMS content type's published-entry schema, by Strapi uid: what the pipeline validates and the contract test checks. */
export const CONTENT_TYPE_SCHEMAS = {
  [AKTOR_UID]: AktorSchema,
  [AMNE_UID]: AmneSchema,
  [BEGREPP_UID]: BegreppSchema,
  [BERATTELSE_UID]: BerattelseSchema,
  [FORBUND_UID]: ForbundSchema,
  [FRAGA_UID]: FragaSchema,
  [INSATS_UID]: InsatsSchema,
  [KEDJA_UID]: KedjaSchema,
  [KOMMUN_UID]: KommunSchema,
  [LIVSSITUATION_UID]: LivssituationSchema,
  [MALGRUPP_UID]: MalgruppSchema,
  [ORGANISATION_UID]: OrganisationSchema,
  [STARTSIDA_UID]: StartsidaSchema,
  [TILLGANGLIGHETSREDOGORELSE_UID]: TillganglighetsredogorelseSchema,
} as const satisfies Record<string, z.ZodType>;
export type ContentTypeUid = keyof typeof CONTENT_TYPE_SCHEMAS;

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
} as const satisfies Record<string, z.ZodType>;
