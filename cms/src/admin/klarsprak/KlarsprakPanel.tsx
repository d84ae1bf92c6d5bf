import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { Box, Flex, Typography } from '@strapi/design-system';
import { unstable_useDocumentLayout, useAuth, useDebounce, useForm } from '@strapi/strapi/admin';
import * as React from 'react';
import { useJargongord } from './api';
import { type FieldReport, fieldReport, type LongTextField, longTextFields, mayReadJargon, PANEL } from './rules';

/** How long typing must pause before the measures follow (ms). */
const SETTLE = 300;

const listStyle: React.CSSProperties = { listStyle: 'disc', paddingInlineStart: '1.25rem', margin: 0 };

function FieldAdvice({ report }: { report: FieldReport }) {
  return (
    <Flex tag="section" direction="column" alignItems="stretch" gap={2} aria-label={report.label}>
      <Typography tag="h3" variant="delta">
        {report.label}
      </Typography>
      <Typography tag="p" variant="pi" textColor="neutral600">
        {report.target}
      </Typography>
      <Box tag="ul" style={listStyle}>
        <Typography tag="li">{report.lix}</Typography>
        <Typography tag="li">{report.sentences}</Typography>
      </Box>
      {report.advice.length === 0 ? (
        <Typography tag="p">{PANEL.allWell}</Typography>
      ) : (
        <>
          <Typography tag="h4" variant="sigma" textColor="neutral600">
            {PANEL.adviceHeading}
          </Typography>
          <Box tag="ul" style={listStyle}>
            {report.advice.map((a) => (
              <Typography tag="li" key={`${a.kind}:${a.message}`}>
                {a.message}
              </Typography>
            ))}
          </Box>
        </>
      )}
    </Flex>
  );
}

/** The measures and advice for the form's long texts, as they stand (after a short pause in typing). */
function KlarsprakContent({ fields }: { fields: readonly LongTextField[] }) {
  const values = useForm('KlarsprakPanel', (form) => form.values) as Record<string, unknown>;
  const settled = useDebounce(values, SETTLE);
  // A Skribent may not read the list: then the measures come without jargon warnings, and no error.
  const permissions = useAuth('KlarsprakPanel', (auth) => auth.permissions);
  const { data: jargon } = useJargongord(undefined, { skip: !mayReadJargon(permissions) });
  const reports = React.useMemo(
    () => fields.flatMap((f) => fieldReport(f, settled[f.name], jargon ?? []) ?? []),
    [fields, settled, jargon],
  );

  return (
    <Flex direction="column" alignItems="stretch" gap={4} width="100%">
      <Typography tag="p" variant="pi">
        {PANEL.intro}
      </Typography>
      {reports.length === 0 ? <Typography tag="p">{PANEL.empty}</Typography> : reports.map((r) => <FieldAdvice key={r.name} report={r} />)}
    </Flex>
  );
}

/**
 * "Skrivhjälp" in the edit view's right column: LIX and sentence length of each long text
 * against its target (klarspråk, or lättläst for the lättläst field), and the jargon list's
 * words with plainer ones. Advice only: it never stops a save.
 */
export const KlarsprakPanel: PanelComponent = ({ model }) => {
  const { edit, isLoading } = unstable_useDocumentLayout(model);
  const fields = React.useMemo(() => longTextFields(model, edit.layout.flat(2)), [model, edit.layout]);
  if (isLoading || fields.length === 0) return null;
  return { title: PANEL.title, content: <KlarsprakContent fields={fields} /> };
};
