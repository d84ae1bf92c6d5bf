/**
 * HTML entities back to text, for the places that read HTML as strings: Pagefind's excerpts on
 * /sok (query.ts), the built pages the search index reads (scripts/src/site/search-index.ts) and
 * the accessibility audit's static checks (scripts/src/a11y/static-checks.ts).
 * Covers what Astro and Pagefind write: the five named entities and numeric ones.
 */
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** One pass, so "&amp;lt;" becomes the text "&lt;", never "<". Unknown entities stay as they are. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (entity, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return NAMED[body] ?? entity;
  });
}
