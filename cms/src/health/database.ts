import type { Core } from '@strapi/strapi';

/** The database answers a trivial query (through Strapi's own connection pool). */
export const databaseCheck = (strapi: Core.Strapi) => async (): Promise<void> => {
  await strapi.db.connection.raw('select 1');
};
