/**
 * insats controller.
 */

import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::insats.insats');
