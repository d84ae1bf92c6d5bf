/**
 * Text in the site's diagrams: HTML boxes inside SVG (so contrast checkers can read them) at
 * 15 px on 19 px lines, sized at build time from how many characters fit a box.
 */

export const LINE_HEIGHT = 19;
/** Roughly how many characters of 15 px text fit in a pixel of box width (bold text is wider). */
export const CHARS_PER_PX = 1 / 8.5;
export const BOLD_CHARS_PER_PX = 1 / 10;

/** A word longer than a line, in pieces that fit, each but the last ending in a hyphen. */
function pieces(word: string, max: number): string[] {
  if (word.length <= max) return [word];
  const size = Math.max(1, max - 1);
  const out: string[] = [];
  for (let i = 0; i < word.length; i += size) out.push(word.slice(i, i + size));
  // A last piece of one or two letters looks broken: move letters into it from the piece before.
  if (out.length > 1 && (out.at(-1)?.length ?? 0) < 3) {
    const last = out.pop() as string;
    const before = out.pop() as string;
    const joined = before + last;
    out.push(joined.slice(0, joined.length - 3), joined.slice(-3));
  }
  return out.map((p, i) => (i < out.length - 1 ? `${p}-` : p));
}

/**
 * Words into lines of at most `max` characters; a word longer than a line is split with a hyphen,
 * and the last kept line ends in "…" when text is cut. Render each line as its own line: the
 * box's height is computed from these lines, not from how a browser would wrap the text.
 */
export function wrap(text: string, max: number, maxLines = 3): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).flatMap((w) => (w ? pieces(w, max) : []))) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${(kept[maxLines - 1] ?? '').slice(0, Math.max(1, max - 1))}…`;
  return kept;
}
