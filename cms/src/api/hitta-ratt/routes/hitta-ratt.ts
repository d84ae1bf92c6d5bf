/**
 * hitta-ratt router: the core REST routes for a single type (find, update, delete).
 */

import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::hitta-ratt.hitta-ratt');
