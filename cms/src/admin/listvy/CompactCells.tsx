import { Typography } from '@strapi/design-system';
import { type ListHeader, type ListRow, LOCALES_COLUMN, languagesOf, shortDate } from './columns';

const TEXT_TYPES = new Set(['string', 'text', 'email', 'uid']);

const LanguagesCell = ({ row }: { row: ListRow }) => (
  <Typography textColor="neutral800" ellipsis>
    {languagesOf(row)}
  </Typography>
);

/** Long text wraps onto a second line instead of being cut at Strapi's 30rem with an ellipsis. */
const TextCell = ({ value }: { value: unknown }) => (
  <Typography textColor="neutral800" display="block" style={{ whiteSpace: 'normal', maxWidth: '18rem', overflowWrap: 'anywhere' }}>
    {typeof value === 'string' && value !== '' ? value : '-'}
  </Typography>
);

const DateCell = ({ value }: { value: unknown }) => {
  const text = shortDate(value);
  return text ? (
    <Typography textColor="neutral800">
      <time dateTime={String(value)}>{text}</time>
    </Typography>
  ) : (
    <Typography textColor="neutral800">-</Typography>
  );
};

/**
 * Keeps the publishing status in view at 1280 px: the i18n column names an entry's languages in
 * a word each ("svenska") instead of a menu reading "Svenska (sv) (default)" (the "(default)" is
 * English in the plugin's code), dates read "12 mars 2025" without the weekday, and a long name
 * wraps onto a second line rather than taking 30rem and still being cut.
 */
export function compactListColumns<T extends { displayedHeaders: ListHeader[] }>(args: T): T {
  return {
    ...args,
    displayedHeaders: args.displayedHeaders.map((header) => {
      if (header.name === LOCALES_COLUMN) return { ...header, cellFormatter: (row: ListRow) => <LanguagesCell row={row} /> };
      if (header.attribute?.type === 'date' && !header.cellFormatter)
        return { ...header, cellFormatter: (row: ListRow) => <DateCell value={row[header.name]} /> };
      if (TEXT_TYPES.has(header.attribute?.type ?? '') && !header.cellFormatter)
        return { ...header, cellFormatter: (row: ListRow) => <TextCell value={row[header.name]} /> };
      return header;
    }),
  };
}
