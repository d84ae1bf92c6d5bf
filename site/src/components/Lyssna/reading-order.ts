/**
 * What Lyssna reads and where each sentence is on the page: the main content's text blocks in
 * document order, each cut into sentences with their place in the block's text nodes, so the
 * sentence being read can be highlighted without changing the page's markup.
 */

/** Blocks whose text is read as one piece; a block holding other blocks is read through them. */
const BLOCKS = 'h1,h2,h3,h4,h5,h6,p,li,dt,dd,th,td,figcaption,legend,label,summary,blockquote';
const INNER_BLOCKS = 'p,li,dt,dd,h1,h2,h3,h4,h5,h6,label,legend';

export interface Sentence {
  /** The text to speak, whitespace collapsed. */
  readonly text: string;
  readonly block: Element;
  /** Offsets in the block's textContent. */
  readonly start: number;
  readonly end: number;
}

/** Visible text blocks of `root` in reading order; Lyssna's own controls and `data-lyssna-skip` parts left out. */
export function readingBlocks(root: ParentNode): Element[] {
  return [...root.querySelectorAll(BLOCKS)].filter(
    (el) =>
      !el.closest('[data-lyssna-skip],[hidden],[aria-hidden="true"],.visually-hidden') &&
      !el.querySelector(INNER_BLOCKS) &&
      el.getClientRects().length > 0 &&
      (el.textContent ?? '').trim() !== '',
  );
}

const segmenter = (lang: string) => new Intl.Segmenter(lang, { granularity: 'sentence' });

/** The sentences of each block, in order. */
export function sentencesOf(blocks: readonly Element[], lang: string): Sentence[] {
  const seg = segmenter(lang);
  return blocks.flatMap((block) => {
    const whole = block.textContent ?? '';
    return [...seg.segment(whole)].flatMap(({ segment, index }) => {
      const text = segment.replace(/\s+/g, ' ').trim();
      if (text === '') return [];
      const lead = segment.length - segment.trimStart().length;
      return [{ text, block, start: index + lead, end: index + segment.trimEnd().length }];
    });
  });
}

/** A DOM range over a sentence, found by walking the block's text nodes. */
export function rangeOf(sentence: Sentence, doc: Document = sentence.block.ownerDocument): Range {
  const range = doc.createRange();
  const walker = doc.createTreeWalker(sentence.block, NodeFilter.SHOW_TEXT);
  let offset = 0;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    if (!started && sentence.start <= offset + length) {
      range.setStart(node, sentence.start - offset);
      started = true;
    }
    if (started && sentence.end <= offset + length) {
      range.setEnd(node, sentence.end - offset);
      return range;
    }
    offset += length;
  }
  range.selectNodeContents(sentence.block);
  return range;
}
