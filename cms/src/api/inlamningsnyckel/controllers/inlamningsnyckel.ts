/**
 * inlamningsnyckel controller (core; no REST route reaches it — see routes/inlamningsnyckel.ts).
 */

import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::inlamningsnyckel.inlamningsnyckel');
