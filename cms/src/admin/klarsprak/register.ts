import type { ContentManagerPlugin } from '@strapi/content-manager/strapi-admin';
import type { StrapiApp } from '@strapi/strapi/admin';
import { KlarsprakPanel } from './KlarsprakPanel';

/** Adds the writing help ("Skrivhjälp") to the content manager's edit view, below the entry's own panel. */
export function registerKlarsprakPanel(app: Pick<StrapiApp, 'getPlugin'>): void {
  const apis = app.getPlugin('content-manager').apis as ContentManagerPlugin['config']['apis'];
  apis.addEditViewSidePanel((panels) => [...panels, KlarsprakPanel]);
}
