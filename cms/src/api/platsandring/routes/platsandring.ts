/**
 * platsandring router: deliberately no REST routes. The log is written only by the CMS (the
 * lediga-platser intake route and the date stamp on admin saves) and read only in the admin, so
 * neither the public role nor an API token can list or change it.
 */

import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::platsandring.platsandring', { only: [] });
