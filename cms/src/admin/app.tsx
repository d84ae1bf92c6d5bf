import type { StrapiApp } from '@strapi/strapi/admin';
import { letTabLeaveDateFields } from './datumfalt/tab-leaves-date-field';
import { registerErrorSummary } from './felsammanfattning/register';
import { registerReviewWidget } from './granskning/register';
import { registerGuideMap } from './guidekarta/register';
import { registerIntakeActions } from './intake/register';
import { registerKlarsprakPanel } from './klarsprak/register';
import { preferSwedish } from './language';
import { watchLinkDialogs } from './lankhjalp/link-dialog';
import { compactListColumns } from './listvy/CompactCells';
import { SWEDISH } from './translations';

export default {
  config: {
    // English is always there; Swedish is the editors' language.
    locales: ['sv'],
    // What Strapi's Swedish lacks, and Swedish names for the select options (translations/).
    translations: { sv: SWEDISH },
  },
  // Runs before the admin renders, so the first screen (the login) is already in Swedish.
  register(app: Pick<StrapiApp, 'widgets' | 'addMenuLink'>) {
    preferSwedish(window.localStorage);
    registerReviewWidget(app);
    registerGuideMap(app);
  },
  bootstrap(app: Pick<StrapiApp, 'getPlugin' | 'registerHook'>) {
    registerIntakeActions(app);
    registerKlarsprakPanel(app);
    registerErrorSummary(app);
    watchLinkDialogs(document);
    letTabLeaveDateFields(window);
    // After the plugins' bootstrap (Strapi runs this last), so the i18n column is there to compact.
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', compactListColumns);
  },
};
