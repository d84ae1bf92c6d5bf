/**
 * aterkoppling router: deliberately no REST routes. Entries are written only by the intake
 * routes (src/api/intake) and read only in the admin, so neither the public role nor
 * an API token (not even a full-access one) can list them.
 */

import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::aterkoppling.aterkoppling', { only: [] });
