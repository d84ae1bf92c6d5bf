import type { ContentManagerPlugin } from '@strapi/content-manager/strapi-admin';
import type { StrapiApp } from '@strapi/strapi/admin';
import { ApplyForslagAction } from './ApplyForslagAction';
import { FaqDraftAction } from './FaqDraftAction';
import { KeyStatusPanel } from './KeyStatusPanel';
import { NewKeyAction } from './NewKeyAction';
import { RevokeKeyAction } from './RevokeKeyAction';

/**
 * Adds the redaktion's intake buttons (förslag → insats, question → FAQ draft, keys) to the content manager's edit panel (each shows on its own content type only),
 * and the organisation's key status beside its form.
 */
export function registerIntakeActions(app: Pick<StrapiApp, 'getPlugin'>): void {
  const apis = app.getPlugin('content-manager').apis as ContentManagerPlugin['config']['apis'];
  apis.addDocumentAction((actions) => [...actions, ApplyForslagAction, FaqDraftAction, NewKeyAction, RevokeKeyAction]);
  apis.addEditViewSidePanel((panels) => [...panels, KeyStatusPanel]);
}
