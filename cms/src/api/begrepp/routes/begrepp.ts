/**
 * begrepp router: the core REST routes (find, findOne, create, update, delete).
 */

import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::begrepp.begrepp');
