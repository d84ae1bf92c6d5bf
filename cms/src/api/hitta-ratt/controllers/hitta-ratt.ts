/**
 * hitta-ratt controller: the core REST handlers, unchanged.
 */

import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::hitta-ratt.hitta-ratt');
