/**
 * aterkoppling controller (core; no REST route reaches it — see routes/aterkoppling.ts).
 */

import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::aterkoppling.aterkoppling');
