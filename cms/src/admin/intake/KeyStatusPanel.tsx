import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { Typography } from '@strapi/design-system';
import { useAuth } from '@strapi/strapi/admin';
import { useActiveKey } from './api';
import { KEY_STATUS, keyStatusText, newKeyOffered } from './rules';

/** On an organisation's page, for the redaktion: whether the organisation has a submission key that works now. */
export const KeyStatusPanel: PanelComponent = ({ model, documentId, document }) => {
  const roles = useAuth('KeyStatusPanel', (auth) => auth.user?.roles);
  const offered = newKeyOffered({ model, documentId, document, roles }) && !!documentId;
  const { data: active, isLoading } = useActiveKey({ organisation: documentId ?? '' }, { skip: !offered, refetchOnMountOrArgChange: true });
  if (!offered) return null;
  return {
    title: KEY_STATUS.title,
    content: <Typography tag="p">{isLoading || active === undefined ? KEY_STATUS.loading : keyStatusText(active)}</Typography>,
  };
};
