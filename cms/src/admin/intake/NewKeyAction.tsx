import type { DocumentActionComponent } from '@strapi/content-manager/strapi-admin';
import { Button, Field, Flex, Modal, TextInput, Typography } from '@strapi/design-system';
import { useAuth, useClipboard, useNotification } from '@strapi/strapi/admin';
import * as React from 'react';
import { useActiveKey, useIssueKey } from './api';
import { keepFormUnsaved } from './keep-form-unsaved';
import { errorText, type IssuedKey, NEW_KEY, newKeyConfirmText, newKeyOffered } from './rules';

/**
 * "Skapa ny inlämningsnyckel" on an organisation: warns that the old key stops
 * working (when there is one), then shows the new key once. It lives only in this component's state
 * and is dropped when the dialog closes; the CMS keeps just its hash.
 */
export const NewKeyAction: DocumentActionComponent = ({ model, documentId, document }) => {
  const roles = useAuth('NewKeyAction', (auth) => auth.user?.roles);
  const { toggleNotification } = useNotification();
  const { copy } = useClipboard();
  const [issue, { isLoading }] = useIssueKey();
  const [issued, setIssued] = React.useState<IssuedKey | null>(null);
  const offered = newKeyOffered({ model, documentId, document, roles }) && !!documentId;
  const { data: active, isFetching } = useActiveKey(
    { organisation: documentId ?? '' },
    { skip: !offered, refetchOnMountOrArgChange: true },
  );

  if (!offered || !documentId) return null;

  const create = async () => {
    const answer = await issue({ organisation: documentId });
    if ('error' in answer) toggleNotification({ type: 'danger', message: errorText(answer.error) });
    else setIssued(answer.data);
  };
  const copyKey = async (nyckel: string) => {
    const ok = await copy(nyckel);
    toggleNotification(ok ? { type: 'success', message: NEW_KEY.copied } : { type: 'warning', message: NEW_KEY.copyFailed });
  };

  return {
    label: NEW_KEY.label,
    position: 'panel',
    onClick: keepFormUnsaved,
    dialog: {
      type: 'modal',
      title: issued ? NEW_KEY.shownTitle : NEW_KEY.title,
      onClose: () => setIssued(null),
      content: issued ? (
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Typography tag="p" fontWeight="bold">
            {NEW_KEY.warning}
          </Typography>
          <Field.Root name="inlamningsnyckel">
            <Field.Label>{NEW_KEY.fieldLabel}</Field.Label>
            <TextInput
              value={issued.nyckel}
              readOnly
              spellCheck={false}
              autoComplete="off"
              onFocus={(e: React.FocusEvent<HTMLInputElement>) => e.currentTarget.select()}
            />
          </Field.Root>
          <Flex>
            <Button variant="secondary" onClick={() => copyKey(issued.nyckel)}>
              {NEW_KEY.copyLabel}
            </Button>
          </Flex>
        </Flex>
      ) : (
        <Typography tag="p">{newKeyConfirmText(isFetching ? undefined : active)}</Typography>
      ),
      footer: issued ? (
        <Modal.Footer>
          <span />
          <Modal.Close>
            <Button>{NEW_KEY.closeLabel}</Button>
          </Modal.Close>
        </Modal.Footer>
      ) : (
        <Modal.Footer>
          <Modal.Close>
            <Button variant="tertiary">{NEW_KEY.cancelLabel}</Button>
          </Modal.Close>
          <Button variant="danger-light" onClick={create} loading={isLoading}>
            {NEW_KEY.confirmLabel}
          </Button>
        </Modal.Footer>
      ),
    },
  };
};
