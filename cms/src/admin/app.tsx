import type { StrapiApp } from '@strapi/strapi/admin';
import { registerIntakeActions } from './intake/register';
import { registerKlarsprakPanel } from './klarsprak/register';
import { preferSwedish } from './language';

export default {
  config: {
    // English is always there; Swedish is the editors' language.
    locales: ['sv'],
  },
  // Runs before the admin renders, so the first screen (the login) is already in Swedish.
  register() {
    preferSwedish(window.localStorage);
  },
  bootstrap(app: Pick<StrapiApp, 'getPlugin'>) {
    registerIntakeActions(app);
    registerKlarsprakPanel(app);
  },
};
