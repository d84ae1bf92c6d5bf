import type { ContentManagerPlugin } from '@strapi/content-manager/strapi-admin';
import type { StrapiApp } from '@strapi/strapi/admin';
import { ErrorSummaryPanel } from './ErrorSummaryPanel';

/** Puts "Att rätta" first in the edit view's right column, where the editor looks after pressing Spara or Publicera. */
export function registerErrorSummary(app: Pick<StrapiApp, 'getPlugin'>): void {
  const apis = app.getPlugin('content-manager').apis as ContentManagerPlugin['config']['apis'];
  apis.addEditViewSidePanel((panels) => [ErrorSummaryPanel, ...panels]);
}
