import type { StrapiApp } from '@strapi/strapi/admin';
import { MapIcon } from './MapIcon';
import { HITTA_RATT_MODEL, PAGE_PATH, TEXT } from './rules';

type Permission = Parameters<StrapiApp['addMenuLink']>[0]['permissions'][number];

/** The page, loaded when first opened (Strapi's menu takes a loader, not a component). */
const loadPage = () => import('./GuideMapPage');

/**
 * Adds "Guidekarta" to the admin's main menu (register phase). The menu shows it only to those
 * who may read the Hitta rätt draft, and the page reads the draft through the content manager,
 * so it can show nobody more than the content manager would.
 */
export function registerGuideMap(app: Pick<StrapiApp, 'addMenuLink'>): void {
  app.addMenuLink({
    to: PAGE_PATH,
    icon: MapIcon,
    intlLabel: { id: 'vg.guidekarta.menu', defaultMessage: TEXT.menu },
    permissions: [{ action: 'plugin::content-manager.explorer.read', subject: HITTA_RATT_MODEL } as Permission],
    Component: loadPage,
  });
}
