import type { DocumentActionComponent } from '@strapi/content-manager/strapi-admin';
import { Button, LinkButton, Modal, Typography } from '@strapi/design-system';
import { useAuth, useNotification } from '@strapi/strapi/admin';
import * as React from 'react';
import { Link } from 'react-router-dom';
import { useApplyForslag } from './api';
import { keepFormUnsaved } from './keep-form-unsaved';
import { type ApplyOffer, type ApplyOutcome, applyOffer, applyOutcome, errorText } from './rules';

/**
 * "Skapa utkast av förslaget" / "För in ändringen i insatsens utkast" on a förslag:
 * asks first, then turns the förslag into a draft insats and says what happened,
 * with a link to the draft.
 */
export const ApplyForslagAction: DocumentActionComponent = ({ model, documentId, document }) => {
  const roles = useAuth('ApplyForslagAction', (auth) => auth.user?.roles);
  const { toggleNotification } = useNotification();
  const [apply, { isLoading }] = useApplyForslag();
  // The result stays on screen after the förslag reloads as "behandlad" (which hides the offer).
  const [result, setResult] = React.useState<{ documentId: string; offer: ApplyOffer; outcome: ApplyOutcome } | null>(null);
  const shown = result && result.documentId === documentId ? result : null;

  const offer = applyOffer({ model, documentId, document, roles }) ?? shown?.offer;
  if (!offer || !documentId) return null;

  const run = async () => {
    const answer = await apply({ documentId });
    if ('error' in answer) {
      toggleNotification({ type: 'danger', message: errorText(answer.error) });
      return;
    }
    setResult({ documentId, offer, outcome: applyOutcome(offer.typ, answer.data) });
  };

  return {
    label: offer.label,
    position: 'panel',
    onClick: keepFormUnsaved,
    dialog: {
      type: 'modal',
      title: shown ? shown.outcome.title : offer.title,
      onClose: () => setResult(null),
      content: shown ? <Typography tag="p">{shown.outcome.text}</Typography> : <Typography tag="p">{offer.intro}</Typography>,
      footer: shown ? (
        <Modal.Footer>
          <Modal.Close>
            <Button variant="tertiary">Stäng</Button>
          </Modal.Close>
          {/* Closing as well: the edit view stays mounted when the route moves to the insats. */}
          <Modal.Close>
            <LinkButton tag={Link} to={shown.outcome.path}>
              {shown.outcome.linkLabel}
            </LinkButton>
          </Modal.Close>
        </Modal.Footer>
      ) : (
        <Modal.Footer>
          <Modal.Close>
            <Button variant="tertiary">Avbryt</Button>
          </Modal.Close>
          <Button onClick={run} loading={isLoading}>
            {offer.confirmLabel}
          </Button>
        </Modal.Footer>
      ),
    },
  };
};
