import type { DocumentActionComponent } from '@strapi/content-manager/strapi-admin';
import { Alert, Button, Flex, LinkButton, Modal, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useAuth, useNotification } from '@strapi/strapi/admin';
import * as React from 'react';
import { Link } from 'react-router-dom';
import { useApplyForslag, useCompareForslag } from './api';
import { keepFormUnsaved } from './keep-form-unsaved';
import {
  type ApplyOffer,
  type ApplyOutcome,
  applyOffer,
  applyOutcome,
  COMPARISON,
  type Comparison,
  changedFields,
  errorText,
  replacedWorkWarning,
} from './rules';

/** The fields a förslag changes, the draft's text beside the proposed one, and a warning when unpublished work would be replaced. */
function ComparisonView({ comparison }: { comparison: Comparison | undefined }) {
  if (!comparison) return <Typography tag="p">{COMPARISON.loading}</Typography>;
  const rows = changedFields(comparison);
  const warning = replacedWorkWarning(comparison);
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      {warning && (
        <Alert variant="warning" title="Opublicerade ändringar ersätts" closeLabel="Stäng">
          {warning}
        </Alert>
      )}
      {rows.length === 0 ? (
        <Typography tag="p">{COMPARISON.unchanged}</Typography>
      ) : (
        <Table colCount={3} rowCount={rows.length + 1}>
          <caption>
            <Typography variant="sigma">{COMPARISON.caption}</Typography>
          </caption>
          <Thead>
            <Tr>
              <Th>{COMPARISON.field}</Th>
              <Th>{COMPARISON.now}</Th>
              <Th>{COMPARISON.proposed}</Th>
            </Tr>
          </Thead>
          <Tbody>
            {rows.map((r) => (
              <Tr key={r.falt}>
                <Td>
                  <Typography fontWeight="bold">{r.etikett}</Typography>
                </Td>
                <Td style={{ whiteSpace: 'normal' }}>
                  <Typography>{r.utkast}</Typography>
                </Td>
                <Td style={{ whiteSpace: 'normal' }}>
                  <Typography>{r.foreslaget}</Typography>
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      )}
    </Flex>
  );
}

/**
 * "Skapa utkast av förslaget" / "För in ändringen i insatsens utkast" on a förslag:
 * shows what would change, field by field, asks, then turns the förslag into a
 * draft insats and says what happened, with a link to the draft.
 */
export const ApplyForslagAction: DocumentActionComponent = ({ model, documentId, document }) => {
  const roles = useAuth('ApplyForslagAction', (auth) => auth.user?.roles);
  const { toggleNotification } = useNotification();
  const [apply, { isLoading }] = useApplyForslag();
  // The result stays on screen after the förslag reloads as "behandlad" (which hides the offer).
  const [result, setResult] = React.useState<{ documentId: string; offer: ApplyOffer; outcome: ApplyOutcome } | null>(null);
  const shown = result && result.documentId === documentId ? result : null;
  const current = applyOffer({ model, documentId, document, roles });
  const { data: comparison } = useCompareForslag({ documentId: documentId ?? '' }, { skip: !current || !documentId });

  const offer = current ?? shown?.offer;
  if (!offer || !documentId) return null;

  const run = async () => {
    const answer = await apply({ documentId, utkastVersion: comparison?.utkastVersion ?? undefined });
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
      content: shown ? (
        <Typography tag="p">{shown.outcome.text}</Typography>
      ) : (
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Typography tag="p">{offer.intro}</Typography>
          <ComparisonView comparison={comparison} />
        </Flex>
      ),
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
          {/* Not before the comparison is in: applying sends the draft version the editor saw. */}
          <Button onClick={run} loading={isLoading} disabled={!comparison}>
            {offer.confirmLabel}
          </Button>
        </Modal.Footer>
      ),
    },
  };
};
