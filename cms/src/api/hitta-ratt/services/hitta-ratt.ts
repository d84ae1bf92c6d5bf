/**
 * hitta-ratt service: the core document service, unchanged.
 */

import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::hitta-ratt.hitta-ratt');
