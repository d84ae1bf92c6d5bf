/**
 * platsandring controller (core; no REST route reaches it — see routes/platsandring.ts).
 */

import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::platsandring.platsandring');
