import type { Blocks } from '../blocks.ts';

/** A paragraph in the reviewable seed JSON: plain text, or `{ lista: [...] }` for a bullet list. */
export type SeedParagraph = string | { lista: string[] };

/** Converts the seed files' paragraph lists into Strapi Blocks. */
export function toBlocks(paragraphs: readonly SeedParagraph[]): Blocks {
  return paragraphs.map((p) =>
    typeof p === 'string'
      ? { type: 'paragraph' as const, children: [{ type: 'text' as const, text: p }] }
      : {
          type: 'list' as const,
          format: 'unordered' as const,
          children: p.lista.map((item) => ({ type: 'list-item' as const, children: [{ type: 'text' as const, text: item }] })),
        },
  );
}
