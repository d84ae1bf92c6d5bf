/**
 * forslag controller (core; no REST route reaches it — see routes/forslag.ts).
 */

import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::forslag.forslag');
