/**
 * The layout of a chain's flow diagram: steps in stages from top to bottom, steps that run at
 * the same time side by side in one stage, and the end — work or studies, or a gap where no actor
 * leads on, drawn as a gap. Pure geometry, so it can be tested without rendering.
 */
import { BOLD_CHARS_PER_PX, CHARS_PER_PX, LINE_HEIGHT, wrap } from '../../lib/diagram-text.ts';
import type { ChainStepsProps } from '../../lib/view-models.ts';

/** About a phone's width, so the 15 px text stays near 15 px there. */
export const FLOW_WIDTH = 360;
/** The boxes' padding (as in ChainFlow.astro's CSS): less at the sides when three or more share a row. */
const PADDING_Y = 8;
const PADDING_X = 12;
const PADDING_X_NARROW = 6;
const ROW_GAP = 36;
const COL_GAP = 12;

export interface FlowBox {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Bold first lines: who is responsible, wrapped to fit. */
  title: string[];
  /** The step's heading, wrapped to fit. */
  lines: string[];
  /** Three or more side by side: narrower side padding. */
  narrow?: boolean;
}

export interface FlowLayout {
  height: number;
  boxes: FlowBox[];
  /** Arrows from the bottom middle of one stage to the top middle of the next (x, y1, y2). */
  arrows: { x: number; from: number; to: number }[];
  end: FlowBox & { gap: boolean };
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
    const narrow = stage.length >= 3;
    const inner = width - 2 * (narrow ? PADDING_X_NARROW : PADDING_X) - 2;
    const charsFor = (perPx: number) => Math.max(6, Math.floor(inner * perPx));
    // Narrow boxes get more lines rather than cut text.
    const texts = stage.map((step) => ({
      title: wrap(step.aktor.label, charsFor(BOLD_CHARS_PER_PX), 3),
      lines: wrap(step.rubrik, charsFor(CHARS_PER_PX), narrow ? 5 : 3),
    }));
    const height = 2 * PADDING_Y + 4 + LINE_HEIGHT * Math.max(...texts.map((t) => t.title.length + t.lines.length));
    texts.forEach((t, i) => {
      boxes.push({ x: i * (width + COL_GAP), y, width, height, ...t, ...(narrow ? { narrow } : {}) });
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
