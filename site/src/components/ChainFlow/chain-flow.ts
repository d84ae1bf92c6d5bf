/**
 * The layout of a chain's flow diagram: steps in stages from top to bottom, steps that run at
 * the same time side by side in one stage, and the end — work or studies, or a gap where no actor
 * leads on, drawn as a gap. Pure geometry, so it can be tested without rendering.
 */
import type { ChainStepsProps } from '../../lib/view-models.ts';

/** About a phone's width, so the 15 px text stays near 15 px there. */
export const FLOW_WIDTH = 360;
export const LINE_HEIGHT = 19;
const PADDING = 12;
const ROW_GAP = 36;
const COL_GAP = 12;
/** Roughly how many characters of 15 px text fit in a pixel of box width (bold text is wider). */
const CHARS_PER_PX = 1 / 8;
const BOLD_CHARS_PER_PX = 1 / 9.5;
const MAX_LINES = 3;

export interface FlowBox {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Bold first lines: who is responsible, wrapped to fit. */
  title: string[];
  /** The step's heading, wrapped to fit. */
  lines: string[];
}

export interface FlowLayout {
  height: number;
  boxes: FlowBox[];
  /** Arrows from the bottom middle of one stage to the top middle of the next (x, y1, y2). */
  arrows: { x: number; from: number; to: number }[];
  end: FlowBox & { gap: boolean };
}

/** Words into lines of at most `max` characters; the last kept line ends in "…" when text is cut. */
export function wrap(text: string, max: number, maxLines = MAX_LINES): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${(kept[maxLines - 1] ?? '').slice(0, Math.max(1, max - 1))}…`;
  return kept;
}

/** Consecutive steps grouped into stages: a step marked parallel joins the stage before it. */
export function stages<T extends { parallell: boolean }>(steps: readonly T[]): T[][] {
  const out: T[][] = [];
  for (const step of steps) {
    const last = out.at(-1);
    if (step.parallell && last) last.push(step);
    else out.push([step]);
  }
  return out;
}

export function layoutFlow({ steps, slut }: ChainStepsProps): FlowLayout {
  const boxes: FlowBox[] = [];
  const arrows: FlowLayout['arrows'] = [];
  let y = 0;
  for (const stage of stages(steps)) {
    const width = (FLOW_WIDTH - COL_GAP * (stage.length - 1)) / stage.length;
    const charsFor = (perPx: number) => Math.max(8, Math.floor((width - 2 * PADDING) * perPx));
    const texts = stage.map((step) => ({
      title: wrap(step.aktor.label, charsFor(BOLD_CHARS_PER_PX), 2),
      lines: wrap(step.rubrik, charsFor(CHARS_PER_PX)),
    }));
    const height = 2 * PADDING + LINE_HEIGHT * Math.max(...texts.map((t) => t.title.length + t.lines.length));
    texts.forEach((t, i) => {
      boxes.push({ x: i * (width + COL_GAP), y, width, height, ...t });
    });
    arrows.push({ x: FLOW_WIDTH / 2, from: y + height, to: y + height + ROW_GAP });
    y += height + ROW_GAP;
  }
  const gap = slut.typ === 'glapp';
  const end = {
    x: FLOW_WIDTH / 8,
    y,
    width: (FLOW_WIDTH * 3) / 4,
    height: 56,
    title: [gap ? 'Glapp' : 'Arbete eller studier'],
    lines: gap ? ['Ingen aktör tar över här'] : [],
    gap,
  };
  return { height: y + end.height + 2, boxes, arrows, end };
}
