import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { Box, Flex, Typography } from '@strapi/design-system';
import { unstable_useDocumentLayout, useDebounce, useForm } from '@strapi/strapi/admin';
import * as React from 'react';
import { useOrdlistor } from './api';
import { type ComponentLayouts, type FieldReport, fieldReport, type LayoutField, longTextFields, PANEL, valueAt } from './rules';

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

interface Layouts {
  model: string;
  layout: readonly LayoutField[];
  components: ComponentLayouts;
}

/** The measures and advice for the form's long texts, components' too, as they stand (after a short pause in typing). */
function KlarsprakContent({ model, layout, components }: Layouts) {
  const values = useForm('KlarsprakPanel', (form) => form.values) as Record<string, unknown>;
  const settled = useDebounce(values, SETTLE);
  // Until the lists arrive (or if they cannot), the measures come without jargon and glossary advice.
  const { data: lists } = useOrdlistor();
  const jargon = lists?.jargong;
  const glossary = lists?.begrepp;
  const reports = React.useMemo(
    () =>
      longTextFields(model, layout, components, settled).flatMap((f) => {
        const report = fieldReport(f, valueAt(settled, f.name), jargon ?? [], glossary ?? []);
        // A component's text is listed only when there is advice for it: a chain has many short steps.
        return report && (!f.inComponent || report.advice.length > 0) ? [report] : [];
      }),
    [model, layout, components, settled, jargon, glossary],
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
 * "Skrivhjälp" in the edit view's right column: LIX and sentence length of each long text, in
 * the entry and in its components, against its target (klarspråk, or lättläst for the lättläst
 * field), the jargon list's words with plainer ones, and glossary terms left unexplained.
 * Advice only: it never stops a save.
 */
export const KlarsprakPanel: PanelComponent = ({ model }) => {
  const { edit, isLoading } = unstable_useDocumentLayout(model);
  const layout = React.useMemo(() => edit.layout.flat(2) as LayoutField[], [edit.layout]);
  const components = edit.components as unknown as ComponentLayouts;
  const hasLongText = React.useMemo(() => longTextFields(model, layout, components).length > 0, [model, layout, components]);
  if (isLoading || !hasLongText) return null;
  return { title: PANEL.title, content: <KlarsprakContent model={model} layout={layout} components={components} /> };
};
