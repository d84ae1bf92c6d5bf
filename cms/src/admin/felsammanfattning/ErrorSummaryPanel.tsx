import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { Box, Link, Typography } from '@strapi/design-system';
import { unstable_useDocumentLayout, useForm } from '@strapi/strapi/admin';
import * as React from 'react';
import { type ComponentFields, type FieldError, fieldErrors, type LabelledField, SUMMARY } from './rules';

/** Moves to a field by its form name: the input itself, or the first focusable thing in the field's box. */
function focusField(name: string): void {
  const input = document.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]`);
  const target = input ?? document.querySelector<HTMLElement>(`[id="${CSS.escape(name)}"]`);
  target?.scrollIntoView({ block: 'center' });
  target?.focus();
}

function Summary({ errors }: { errors: FieldError[] }) {
  return (
    <Box role="alert" width="100%">
      <Typography tag="p" variant="omega">
        {SUMMARY.intro(errors.length)}
      </Typography>
      <ul style={{ paddingLeft: 0, listStyle: 'none', margin: 0 }}>
        {errors.map((e) => (
          <Box tag="li" key={e.name} paddingTop={2}>
            <Link
              href={`#${e.name}`}
              aria-label={SUMMARY.goTo(e.label)}
              onClick={(event: React.MouseEvent) => {
                event.preventDefault();
                focusField(e.name);
              }}
            >
              {e.label}
            </Link>
            <Typography tag="p" variant="pi" textColor="danger600">
              {e.message}
            </Typography>
          </Box>
        ))}
      </ul>
    </Box>
  );
}

/**
 * "Att rätta" in the edit view's right column, shown only while the form holds errors (after a
 * refused save or publish): every field to fix under its label, with a link to it. The toast
 * that reports a refused save disappears; this stays until the fields are fixed.
 */
export const ErrorSummaryPanel: PanelComponent = ({ model }) => {
  const errors = useForm('ErrorSummaryPanel', (form) => form.errors);
  const { edit } = unstable_useDocumentLayout(model);
  const layout = React.useMemo(() => edit.layout.flat(2) as LabelledField[], [edit.layout]);
  const list = React.useMemo(
    () => fieldErrors(errors, layout, edit.components as unknown as ComponentFields),
    [errors, layout, edit.components],
  );
  if (list.length === 0) return null;
  return { title: SUMMARY.title, content: <Summary errors={list} /> };
};
