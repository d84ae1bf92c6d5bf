import type { StrapiApp, WidgetArgs } from '@strapi/strapi/admin';
import { ReviewIcon } from './ReviewIcon';
import { WIDGET } from './rules';

/**
 * Adds "Att granska" to the admin's start page (Strapi's homepage widgets, register phase; the
 * icon is required at run time). The CMS decides what each editor sees (cms/src/review/routes.ts);
 * other roles get a short notice.
 */
export function registerReviewWidget(app: Pick<StrapiApp, 'widgets'>): void {
  app.widgets.register({
    id: WIDGET.id,
    icon: ReviewIcon as NonNullable<WidgetArgs['icon']>,
    title: { id: 'vg.granskning.widget.title', defaultMessage: WIDGET.title },
    component: async () => (await import('./ReviewWidget')).ReviewWidget,
  });
}
