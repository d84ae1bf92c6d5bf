import type { DocumentActionComponent } from '@strapi/content-manager/strapi-admin';
import { Typography } from '@strapi/design-system';
import { useAuth, useNotification } from '@strapi/strapi/admin';
import { useRevokeKey } from './api';
import { keepFormUnsaved } from './keep-form-unsaved';
import { errorText, revokeOffer } from './rules';

/** "Återkalla nyckeln" on an active inlämningsnyckel: asks first, then the key stops working at once. */
export const RevokeKeyAction: DocumentActionComponent = ({ model, documentId, document }) => {
  const roles = useAuth('RevokeKeyAction', (auth) => auth.user?.roles);
  const { toggleNotification } = useNotification();
  const [revoke] = useRevokeKey();

  const offer = revokeOffer({ model, documentId, document, roles });
  if (!offer || !documentId) return null;

  return {
    label: offer.label,
    position: 'panel',
    variant: 'danger',
    onClick: keepFormUnsaved,
    dialog: {
      type: 'dialog',
      title: offer.title,
      content: <Typography tag="p">{offer.text}</Typography>,
      confirmLabel: offer.confirmLabel,
      variant: 'danger',
      onConfirm: async () => {
        const answer = await revoke({ documentId });
        toggleNotification(
          'error' in answer ? { type: 'danger', message: errorText(answer.error) } : { type: 'success', message: offer.done },
        );
      },
    },
  };
};
