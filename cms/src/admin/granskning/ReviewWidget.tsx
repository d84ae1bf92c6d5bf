import { Box, Button, Link as DsLink, Flex, Typography } from '@strapi/design-system';
import { Widget } from '@strapi/strapi/admin';
import * as React from 'react';
import { Link } from 'react-router-dom';
import { errorText } from '../intake/rules';
import { useMarkReviewed, useReviewList } from './api';
import { dueText, type MarkedReviewed, markedText, markLabel, moreText, type ReviewItem, WIDGET } from './rules';

const listStyle: React.CSSProperties = { listStyle: 'none', padding: 0, margin: 0 };

function Row({ item, onMarked, onError }: { item: ReviewItem; onMarked: (d: MarkedReviewed) => void; onError: (m: string) => void }) {
  const [mark, { isLoading }] = useMarkReviewed();
  const click = async () => {
    const answer = await mark({ contentType: item.contentType, documentId: item.documentId });
    if ('error' in answer) onError(`${item.titel}: ${errorText(answer.error)}`);
    else onMarked(answer.data);
  };
  return (
    <Box tag="li" paddingTop={2} paddingBottom={2} borderColor="neutral150" style={{ borderBottomWidth: 1, borderBottomStyle: 'solid' }}>
      <Flex justifyContent="space-between" alignItems="center" gap={3}>
        <Flex direction="column" alignItems="flex-start" gap={1}>
          <DsLink tag={Link} to={item.adminPath}>
            {item.titel}
          </DsLink>
          <Typography variant="pi" textColor={item.status === 'forfallen' ? 'danger600' : 'neutral600'}>
            {item.typnamn} · {dueText(item)}
          </Typography>
        </Flex>
        <Button variant="secondary" size="S" loading={isLoading} onClick={click} aria-label={markLabel(item)}>
          {isLoading ? WIDGET.marking : WIDGET.mark}
        </Button>
      </Flex>
    </Box>
  );
}

/** "Att granska": the editor's entries whose review is overdue or due soon, each with a link and a "mark reviewed" button. */
export function ReviewWidget() {
  const { data, error, isLoading } = useReviewList();
  const [done, setDone] = React.useState<string | null>(null);
  const [failed, setFailed] = React.useState<string | null>(null);
  // The pressed button leaves with its row: focus (and the widget's scroll) moves to the answer instead.
  const answer = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    if (done || failed) answer.current?.focus();
  }, [done, failed]);

  if (isLoading) return <Widget.Loading>{WIDGET.loading}</Widget.Loading>;
  if (error) {
    const status = (error as { status?: unknown }).status;
    if (status === 403) return <Widget.NoPermissions>{WIDGET.noAccess}</Widget.NoPermissions>;
    return <Widget.Error>{errorText(error)}</Widget.Error>;
  }
  if (!data) return <Widget.Error>{errorText(undefined)}</Widget.Error>;
  const more = moreText(data);
  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <div ref={answer} tabIndex={-1} style={{ outline: 'none' }}>
        <Box role="status">
          {done ? (
            <Typography tag="p" textColor="success600">
              {done}
            </Typography>
          ) : null}
        </Box>
        {failed ? (
          <Typography tag="p" role="alert" textColor="danger600">
            {failed}
          </Typography>
        ) : null}
      </div>
      {data.poster.length === 0 ? (
        <Typography tag="p">{WIDGET.empty(data.fonsterDagar)}</Typography>
      ) : (
        <>
          <Typography tag="p" variant="pi" textColor="neutral600">
            {WIDGET.intro(data.fonsterDagar)}
          </Typography>
          <ul style={listStyle} aria-label={WIDGET.title}>
            {data.poster.map((item) => (
              <Row
                key={`${item.contentType}/${item.documentId}`}
                item={item}
                onMarked={(d) => {
                  setFailed(null);
                  setDone(markedText(d));
                }}
                onError={(m) => {
                  setDone(null);
                  setFailed(m);
                }}
              />
            ))}
          </ul>
          {more ? (
            <Typography tag="p" variant="pi" textColor="neutral600">
              {more}
            </Typography>
          ) : null}
        </>
      )}
    </Flex>
  );
}
