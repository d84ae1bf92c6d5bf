/**
 * What kind of page a search result is. Each indexed page states its type as a Pagefind filter
 * (`typ`), and /sok offers the same list as checkboxes, so the two cannot drift apart.
 */
export const CONTENT_TYPES = ['insats', 'berättelse', 'kedja', 'aktör', 'fråga', 'begrepp', 'sida'] as const;
export type ContentType = (typeof CONTENT_TYPES)[number];

/** The label on a result and on the filter checkbox (plural: "show only these"). */
export const CONTENT_TYPE_LABEL: Record<ContentType, { one: string; many: string }> = {
  insats: { one: 'Insats', many: 'Insatser' },
  berättelse: { one: 'Berättelse', many: 'Berättelser' },
  kedja: { one: 'Så fungerar välfärdssystemet', many: 'Så fungerar välfärdssystemet' },
  aktör: { one: 'Aktör', many: 'Aktörer' },
  fråga: { one: 'Vanliga frågor', many: 'Vanliga frågor' },
  begrepp: { one: 'Ord och begrepp', many: 'Ord och begrepp' },
  sida: { one: 'Om Välfärdsguiden', many: 'Om Välfärdsguiden' },
};

/** The filter value a digital insats carries instead of a municipality: it is open wherever you live. */
export const DIGITAL_KOMMUN = 'Digitalt';

export const isContentType = (value: string): value is ContentType => (CONTENT_TYPES as readonly string[]).includes(value);
