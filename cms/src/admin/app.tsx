import type { StrapiApp } from '@strapi/strapi/admin';
import { registerErrorSummary } from './felsammanfattning/register';
import { registerReviewWidget } from './granskning/register';
import { registerGuideMap } from './guidekarta/register';
import { registerIntakeActions } from './intake/register';
import { registerKlarsprakPanel } from './klarsprak/register';
import { preferSwedish } from './language';
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
  bootstrap(app: Pick<StrapiApp, 'getPlugin'>) {
    registerIntakeActions(app);
    registerKlarsprakPanel(app);
    registerErrorSummary(app);
  },
};
