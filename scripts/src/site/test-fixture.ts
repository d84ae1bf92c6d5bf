// Snapshot begrepp for the search index's tests: only what search-glossary.ts reads must be valid.
import fs from 'node:fs';
import path from 'node:path';

export const begreppItem = (slug: string, term: string, alias: string[]) => ({
  data: {
    id: 1,
    documentId: `doc-${slug}`,
    locale: 'sv',
    term,
    slug,
    definition: `Vad ${term} är.`,
    alias: alias.map((text) => ({ text })),
    senastGranskad: '2026-01-01',
    granskningsintervallManader: 12,
  },
  html: {},
  path: `/begrepp#${slug}`,
  granskning: null,
});

/** A snapshot file in `dir` with these begrepp (and nothing else the index reads). */
export function writeGlossarySnapshot(dir: string, begrepp: ReturnType<typeof begreppItem>[]): string {
  const file = path.join(dir, 'snapshot.json');
  fs.writeFileSync(file, JSON.stringify({ collections: { begrepp } }));
  return file;
}
