/**
 * The layout of a förbund's samverkan diagram: the organisations that run insatser in a column on
 * the left, the actors that send people to them on the right, and a line for each pair that works
 * together, thicker the more insatser they share. Pure geometry, so it can be tested without rendering.
 */
import { BOLD_CHARS_PER_PX, LINE_HEIGHT, wrap } from '../../lib/diagram-text.ts';
import type { Samverkan } from '../../lib/samverkan.ts';

export const DIAGRAM_WIDTH = 360;
const COLUMN_WIDTH = 150;
const RIGHT_X = DIAGRAM_WIDTH - COLUMN_WIDTH;
const PADDING = 8;
const GAP = 10;
const HEADING_HEIGHT = 2 * LINE_HEIGHT;
const TOP = HEADING_HEIGHT + GAP;

export interface DiagramBox {
  x: number;
  y: number;
  width: number;
  height: number;
  /** The name, wrapped to fit (bold). */
  lines: string[];
  /** "3 insatser". */
  count: string;
}

export interface SamverkanLayout {
  height: number;
  headings: { x: number; width: number; height: number; text: string }[];
  left: DiagramBox[];
  right: DiagramBox[];
  /** Curves from a left box's right edge to a right box's left edge. */
  links: { d: string; width: number }[];
}

const insatserText = (n: number) => (n === 1 ? '1 insats' : `${n} insatser`);

function column(items: Samverkan['utforare'], x: number): DiagramBox[] {
  // Less the border (1.5 px each side, drawn inside the box).
  const chars = Math.max(6, Math.floor((COLUMN_WIDTH - 2 * PADDING - 3) * BOLD_CHARS_PER_PX));
  let y = TOP;
  return items.map((item) => {
    const lines = wrap(item.namn, chars);
    const box = {
      x,
      y,
      width: COLUMN_WIDTH,
      height: 2 * PADDING + 4 + LINE_HEIGHT * (lines.length + 1),
      lines,
      count: insatserText(item.insatser.length),
    };
    y += box.height + GAP;
    return box;
  });
}

const middle = (b: DiagramBox) => b.y + b.height / 2;

export function layoutSamverkan(s: Samverkan): SamverkanLayout {
  const left = column(s.utforare, 0);
  const right = column(s.remittenter, RIGHT_X);
  const leftByName = new Map(s.utforare.map((u, i) => [u.namn, left[i] as DiagramBox]));
  const rightByName = new Map(s.remittenter.map((r, i) => [r.namn, right[i] as DiagramBox]));
  const links = s.lankar.flatMap((l) => {
    const from = leftByName.get(l.utforare);
    const to = rightByName.get(l.remittent);
    if (!from || !to) return [];
    const [x1, y1, x2, y2] = [COLUMN_WIDTH, middle(from), RIGHT_X, middle(to)];
    const bend = (x2 - x1) / 2;
    return [{ d: `M${x1},${y1} C${x1 + bend},${y1} ${x2 - bend},${y2} ${x2},${y2}`, width: 1.5 + Math.min(4, l.insatser.length - 1) }];
  });
  const bottom = (boxes: DiagramBox[]) => boxes.reduce((max, b) => Math.max(max, b.y + b.height), TOP);
  return {
    height: Math.max(bottom(left), bottom(right)),
    headings: [
      { x: 0, width: COLUMN_WIDTH, height: HEADING_HEIGHT, text: 'Driver insatserna' },
      { x: RIGHT_X, width: COLUMN_WIDTH, height: HEADING_HEIGHT, text: 'Skickar deltagare' },
    ],
    left,
    right,
    links,
  };
}
