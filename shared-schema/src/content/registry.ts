import type { z } from 'zod';
import { GUIDE_COMPONENT_SCHEMAS, GuideFlowSchema, HITTA_RATT_UID } from '../guide/flow.ts';
import { AKTOR_UID, AktorSchema } from './aktor.ts';
import { AMNE_UID, AmneSchema } from './amne.ts';
import { BEGREPP_UID, BegreppSchema } from './begrepp.ts';
import { BERATTELSE_STEG_COMPONENT, BERATTELSE_UID, BerattelseSchema, BerattelseStegComponentSchema } from './berattelse.ts';
import { SHARED_COMPONENT_SCHEMAS } from './components.ts';
import { FORBUND_UID, ForbundSchema } from './forbund.ts';
import { FRAGA_UID, FragaSchema } from './fraga.ts';
import { INSATS_COMPONENT_SCHEMAS, INSATS_UID, InsatsSchema } from './insats.ts';
import {
  ATERKOPPLING_UID,
  AterkopplingSchema,
  FORSLAG_UID,
  ForslagSchema,
  INLAMNINGSNYCKEL_UID,
  InlamningsnyckelSchema,
} from './intake.ts';
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
  [ATERKOPPLING_UID]: AterkopplingSchema,
  [BEGREPP_UID]: BegreppSchema,
  [BERATTELSE_UID]: BerattelseSchema,
  [FORBUND_UID]: ForbundSchema,
  [FORSLAG_UID]: ForslagSchema,
  [FRAGA_UID]: FragaSchema,
  [HITTA_RATT_UID]: GuideFlowSchema,
  [INLAMNINGSNYCKEL_UID]: InlamningsnyckelSchema,
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
  ...GUIDE_COMPONENT_SCHEMAS,
} as const satisfies Record<string, z.ZodType>;

/**
 * Where each content type lives in the REST API (`/api/<endpoint>`): plural for collections, singular for single types.
 * The intake types (förslag, inlämningsnycklar, återkoppling) have their plural names here for completeness, but the
 * CMS serves no REST routes for them at all: they are written only by the intake routes and read only in the admin.
 */
export const REST_ENDPOINTS: Record<ContentTypeUid, { endpoint: string; kind: 'collection' | 'single' }> = {
  'api::aktor.aktor': { endpoint: 'aktorer', kind: 'collection' },
  'api::amne.amne': { endpoint: 'amnen', kind: 'collection' },
  'api::aterkoppling.aterkoppling': { endpoint: 'aterkopplingar', kind: 'collection' },
  'api::begrepp.begrepp': { endpoint: 'begreppen', kind: 'collection' },
  'api::berattelse.berattelse': { endpoint: 'berattelser', kind: 'collection' },
  'api::forbund.forbund': { endpoint: 'forbunden', kind: 'collection' },
  'api::forslag.forslag': { endpoint: 'forslagen', kind: 'collection' },
  'api::fraga.fraga': { endpoint: 'fragor', kind: 'collection' },
  'api::hitta-ratt.hitta-ratt': { endpoint: 'hitta-ratt', kind: 'single' },
  'api::inlamningsnyckel.inlamningsnyckel': { endpoint: 'inlamningsnycklar', kind: 'collection' },
  'api::insats.insats': { endpoint: 'insatser', kind: 'collection' },
  'api::kedja.kedja': { endpoint: 'kedjor', kind: 'collection' },
  'api::kommun.kommun': { endpoint: 'kommuner', kind: 'collection' },
  'api::livssituation.livssituation': { endpoint: 'livssituationer', kind: 'collection' },
  'api::malgrupp.malgrupp': { endpoint: 'malgrupper', kind: 'collection' },
  'api::organisation.organisation': { endpoint: 'organisationer', kind: 'collection' },
  'api::startsida.startsida': { endpoint: 'startsida', kind: 'single' },
  'api::tillganglighetsredogorelse.tillganglighetsredogorelse': { endpoint: 'tillganglighetsredogorelse', kind: 'single' },
};
