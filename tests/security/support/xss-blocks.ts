/**
 * Hands out the corpus to CMS fields as an editor would type it: one payload per short field,
 * several per long one, and rich text (Strapi Blocks) with payloads in every kind of block,
 * as link addresses and as image alternative text.
 */
import type { Payload } from './xss-payloads.ts';

/** Text payloads waiting for a field; once all are placed, fields reuse them so none is left empty. */
export class PayloadPool {
  private readonly waiting: Payload[];
  private readonly placed: Payload[] = [];
  private reused = 0;
  /** Field (e.g. "insats.namn") → how many payloads it received. */
  readonly fields = new Map<string, number>();

  constructor(payloads: readonly Payload[]) {
    this.waiting = [...payloads];
  }

  /** The next payload that fits `field`, a field of at most `max` characters. */
  take(field: string, max: number): string {
    this.fields.set(field, (this.fields.get(field) ?? 0) + 1);
    const index = this.waiting.findIndex((p) => p.text.length <= max);
    if (index >= 0) {
      const [p] = this.waiting.splice(index, 1) as [Payload];
      this.placed.push(p);
      return p.text;
    }
    // Round robin over the placed ones, so two fields of one entry (two aliases) never get the same text.
    for (let n = 0; n < this.placed.length; n++) {
      const again = this.placed[(this.reused++ + n) % this.placed.length] as Payload;
      if (again.text.length <= max) return again.text;
    }
    throw new Error(`Korpusen har ingen nyttolast på högst ${max} tecken för ${field}.`);
  }

  /** `count` payloads for one long plain-text field, one per line. */
  takeLines(field: string, count: number, max: number): string {
    const lines: string[] = [];
    for (let n = 0; n < count; n++) {
      const budget = max - lines.join('\n').length - 1;
      if (budget < 30) break;
      lines.push(this.take(field, budget));
    }
    return lines.join('\n');
  }

  get remaining(): number {
    return this.waiting.length;
  }

  /** Whatever is still waiting, as a list (for the last rich-text field). */
  drain(): string[] {
    const rest = this.waiting.splice(0);
    this.placed.push(...rest);
    return rest.map((p) => p.text);
  }
}

type Inline = { type: 'text'; text: string; [mark: string]: unknown } | { type: 'link'; url: string; children: Inline[] };
export type Block = Record<string, unknown>;

const text = (t: string, marks: Record<string, boolean> = {}): Inline => ({ type: 'text', text: t, ...marks });

/** One block holding `payload`, its kind chosen by `n` so every block type and text mark is used. */
export function payloadBlock(payload: string, n: number): Block {
  switch (n % 7) {
    case 0:
      return { type: 'paragraph', children: [text(payload)] };
    case 1:
      return { type: 'heading', level: 2, children: [text(payload)] };
    case 2:
      return { type: 'quote', children: [text(payload, { italic: true })] };
    case 3:
      return { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [text(payload, { bold: true })] }] };
    case 4:
      return { type: 'code', children: [text(payload)] };
    case 5:
      return { type: 'paragraph', children: [text(payload, { code: true, underline: true })] };
    default:
      return {
        type: 'list',
        format: 'ordered',
        children: [
          { type: 'list-item', children: [text('Nivå ett')] },
          { type: 'list', format: 'ordered', children: [{ type: 'list-item', children: [text(payload, { strikethrough: true })] }] },
        ],
      };
  }
}

/** The visible words of a link made from a url payload; the test looks for them next to a safe href. */
export const linkLabel = (marker: string) => `Länktext ${marker}`;

/** A paragraph with a link whose address is a payload. */
export function linkBlock(url: string, marker: string): Block {
  return { type: 'paragraph', children: [text('Läs här: '), { type: 'link', url, children: [text(linkLabel(marker))] }] };
}

/** An image block whose alternative text is a payload (the image itself is the site's own icon). */
export function imageBlock(alt: string): Block {
  // Strapi checks an image block for every field of a media-library file.
  const file = { name: 'favicon.svg', hash: 'favicon', ext: '.svg', mime: 'image/svg+xml', size: 1, provider: 'local' };
  const stamps = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
  return {
    type: 'image',
    image: { ...file, ...stamps, url: '/favicon.svg', alternativeText: alt, width: 32, height: 32 },
    children: [text('')],
  };
}

/** A rich-text value: `count` payload blocks from the pool, then the given links and images. */
export function richText(pool: PayloadPool, field: string, count: number, extra: Block[] = []): Block[] {
  const blocks: Block[] = [];
  for (let n = 0; n < count; n++) blocks.push(payloadBlock(pool.take(field, 10_000), blocks.length + pool.remaining));
  return [...blocks, ...extra];
}
