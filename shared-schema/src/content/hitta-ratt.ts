import { GuideFlowSchema, HITTA_RATT_UID } from '../guide/flow.ts';
import { SECTION_PATHS } from '../paths.ts';
import { defineContentType } from './content-type.ts';

/** The Hitta rätt question flow (its schema and graph rules live with the guide, in guide/flow.ts). */
export const HITTA_RATT_TYPE = defineContentType({
  uid: HITTA_RATT_UID,
  schema: GuideFlowSchema,
  kind: 'single',
  endpoint: 'hitta-ratt',
  // Options are a component inside each question: populated one level down.
  populate: { fragor: { populate: { alternativ: true } }, regler: true, utfall: true },
  snapshot: 'hittaRatt',
  page: () => SECTION_PATHS.hittaRatt,
  seed: { file: 'hitta-ratt.json' },
});
