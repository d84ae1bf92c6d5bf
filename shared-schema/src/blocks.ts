import { z } from 'zod';
import { textUnitsOfBlocks } from './klarsprak.ts';

/**
 * Strapi's Blocks rich-text format, as the REST API delivers it. Only these node
 * types exist in the editor; anything else is refused so that no unknown markup
 * can reach the renderer. Links are checked again (scheme allow-list) when rendered.
 */
export const BlockTextSchema = z.object({
  type: z.literal('text'),
  /** The text itself; never HTML — the renderer escapes it. */
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  underline: z.boolean().optional(),
  strikethrough: z.boolean().optional(),
  code: z.boolean().optional(),
});
export type BlockText = z.infer<typeof BlockTextSchema>;

export const BlockLinkSchema = z.object({
  type: z.literal('link'),
  /** Target address; only https:, mailto:, tel: and relative links survive rendering. */
  url: z.string(),
  children: z.array(BlockTextSchema),
});
export type BlockLink = z.infer<typeof BlockLinkSchema>;

/** Text and links: what a paragraph, heading or list item may contain. */
export const BlockInlineSchema = z.discriminatedUnion('type', [BlockTextSchema, BlockLinkSchema]);
export type BlockInline = z.infer<typeof BlockInlineSchema>;

export type BlockListItem = { type: 'list-item'; children: BlockInline[] };
export type BlockList = { type: 'list'; format: 'ordered' | 'unordered'; children: (BlockListItem | BlockList)[] };

export const BlockListItemSchema: z.ZodType<BlockListItem> = z.object({
  type: z.literal('list-item'),
  children: z.array(BlockInlineSchema),
});

/** Lists may nest (a list inside a list), as the Strapi editor allows. */
export const BlockListSchema: z.ZodType<BlockList> = z.lazy(() =>
  z.object({
    type: z.literal('list'),
    format: z.enum(['ordered', 'unordered']),
    children: z.array(z.union([BlockListItemSchema, BlockListSchema])),
  }),
);

export const BlockSchema = z.union([
  z.object({ type: z.literal('paragraph'), children: z.array(BlockInlineSchema) }),
  z.object({
    type: z.literal('heading'),
    /** Heading level as chosen in the editor; the renderer shifts it below the page's h1. */
    level: z.number().int().min(1).max(6),
    children: z.array(BlockInlineSchema),
  }),
  z.object({ type: z.literal('quote'), children: z.array(BlockInlineSchema) }),
  z.object({ type: z.literal('code'), children: z.array(BlockTextSchema) }),
  BlockListSchema,
  z.object({
    type: z.literal('image'),
    image: z.object({
      url: z.string(),
      /** Required: an image without a text alternative is refused at publish. */
      alternativeText: z.string().nullable().optional(),
      width: z.number().optional(),
      height: z.number().optional(),
    }),
    children: z.array(BlockTextSchema).optional(),
  }),
]);
export type Block = z.infer<typeof BlockSchema>;

/** A rich-text field: a list of blocks. */
export const BlocksSchema = z.array(BlockSchema);
export type Blocks = z.infer<typeof BlocksSchema>;

/** Plain text of a blocks value (for summaries, search and emptiness checks). */
export function blocksToPlainText(blocks: readonly Block[]): string {
  const inline = (nodes: readonly (BlockInline | BlockListItem | BlockList)[]): string =>
    nodes
      .map((n) => {
        if (n.type === 'text') return n.text;
        if (n.type === 'link') return inline(n.children);
        return inline(n.children);
      })
      .join('');
  return blocks
    .map((b) => (b.type === 'image' ? (b.image.alternativeText ?? '') : inline(b.children as (BlockInline | BlockListItem | BlockList)[])))
    .join('\n\n')
    .trim();
}

/** The text of each paragraph, heading, quote and list item on its own: where one ends, so does a sentence (readability). */
export function blocksToTextUnits(blocks: readonly Block[]): string[] {
  return textUnitsOfBlocks(blocks);
}
