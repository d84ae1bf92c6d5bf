import type { DocumentActionComponent } from '@strapi/content-manager/strapi-admin';
import { useAuth, useNotification } from '@strapi/strapi/admin';
import type * as React from 'react';
import { useNavigate } from 'react-router-dom';
import { useMakeFaqDraft } from './api';
import { keepFormUnsaved } from './keep-form-unsaved';
import { errorText, FAQ_DRAFT, faqDraftOffered, faqDraftOutcome } from './rules';

/**
 * "Gör ett FAQ-utkast" on a visitor's question (Ställ en fråga): one click makes a draft
 * Vanlig fråga with the question as its text and opens it, ready for the answer. Pressed again,
 * it opens the draft already made.
 */
export const FaqDraftAction: DocumentActionComponent = ({ model, documentId, document }) => {
  const roles = useAuth('FaqDraftAction', (auth) => auth.user?.roles);
  const { toggleNotification } = useNotification();
  const navigate = useNavigate();
  const [make, { isLoading }] = useMakeFaqDraft();
  if (!faqDraftOffered({ model, documentId, document, roles }) || !documentId) return null;

  return {
    label: FAQ_DRAFT.label,
    position: 'panel',
    loading: isLoading,
    onClick: async (event: React.SyntheticEvent) => {
      keepFormUnsaved(event);
      const answer = await make({ documentId });
      if ('error' in answer) {
        toggleNotification({ type: 'danger', message: errorText(answer.error) });
        return;
      }
      const outcome = faqDraftOutcome(answer.data);
      toggleNotification({ type: 'success', message: outcome.message });
      navigate(outcome.path);
    },
  };
};
