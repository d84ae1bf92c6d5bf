import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { guideFlowMap } from '@vg/shared-schema';
import { describe, expect, it } from 'vitest';
import { BOX, draftOf, draw, tryPath, wrap } from '../src/admin/guidekarta/rules.ts';

const DEMO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../data/hitta-ratt.json');
const demoMap = () => guideFlowMap(JSON.parse(fs.readFileSync(DEMO, 'utf8')));
const regelOf = (map: ReturnType<typeof demoMap>, from: string, villkor: string) =>
  map.pilar.find((p) => p.fran === from && p.villkor === villkor)?.regel ?? -1;

describe('the guide map page', () => {
  it('reads the draft out of the content manager’s answer, and nothing out of an empty one', () => {
    expect(draftOf({ data: { start: 'kommun' } })).toEqual({ start: 'kommun' });
    expect(draftOf({ data: null })).toBeUndefined();
    expect(draftOf(null)).toBeUndefined();
  });

  it('wraps a heading to the box and marks what did not fit', () => {
    expect(wrap('Vilken kommun bor du i?')).toEqual(['Vilken kommun bor du i?']);
    const long = wrap('Gör din hälsa det svårt att arbeta eller studera på heltid just nu, eller under en längre tid framåt?');
    expect(long).toHaveLength(3);
    expect(long.every((l) => l.length <= 30)).toBe(true);
    expect(long[2]?.endsWith('…')).toBe(true);
    expect(wrap('Arbetslivsinriktadrehabiliteringsinsats')[0]).toMatch(/-$/);
  });

  it('draws boxes that never overlap and arrows that start at their question and end at their target', () => {
    const map = demoMap();
    const drawing = draw(map);
    const boxes = drawing.nodes;
    for (const a of boxes)
      for (const b of boxes)
        if (a !== b)
          expect(
            a.x + BOX.width <= b.x || b.x + BOX.width <= a.x || a.y + BOX.height <= b.y || b.y + BOX.height <= a.y,
            `${a.node.nyckel} / ${b.node.nyckel}`,
          ).toBe(true);
    expect(drawing.edges).toHaveLength(map.pilar.length);
    for (const e of drawing.edges) {
      const from = boxes.find((b) => b.node.nyckel === e.edge.fran);
      const to = boxes.find((b) => b.node.nyckel === e.edge.till);
      const [start, end] = [e.d.match(/^M([\d.]+),([\d.]+)/), e.d.match(/ ([\d.]+),([\d.]+)$/)];
      // From the bottom edge of its question to the top of its target, further down.
      expect(Number(start?.[2])).toBe((from?.y ?? 0) + BOX.height);
      expect(Number(start?.[1])).toBeGreaterThan(from?.x ?? 0);
      expect(Number(start?.[1])).toBeLessThan((from?.x ?? 0) + BOX.width);
      expect(Number(end?.[2])).toBe(to?.y);
      expect(Number(end?.[2])).toBeGreaterThan(Number(start?.[2]));
    }
    expect(drawing.width).toBeGreaterThanOrEqual(Math.max(...boxes.map((b) => b.x + BOX.width)));
    // The demo flow's widest level is its four outcomes: the map fits a 1280 px screen beside the menu.
    expect(drawing.width).toBeLessThanOrEqual(1100);
  });

  it('follows a tried path from the start to an outcome, and offers the next answers on the way', () => {
    const map = demoMap();
    const first = tryPath(map, []);
    expect(first.here?.nyckel).toBe('kommun');
    expect(first.next.map((p) => p.villkor)).toEqual(['Alla svar']);
    const chosen: number[] = [];
    for (const [from, villkor] of [
      ['kommun', 'Alla svar'],
      ['kontakter', 'Alla svar'],
      ['inkomst', 'Alla svar'],
      ['halsa', 'Alla andra svar'],
      ['halsa-vad', 'Alla svar'],
      ['sprak', 'Alla svar'],
      ['mal', 'Svar: Jag vill må bättre först'],
    ] as const)
      chosen.push(regelOf(map, from, villkor));
    const done = tryPath(map, chosen);
    expect(done.noder).toEqual(['kommun', 'kontakter', 'inkomst', 'halsa', 'halsa-vad', 'sprak', 'mal', 'ma-battre']);
    expect(done.here?.typ).toBe('utfall');
    expect(done.next).toEqual([]);
  });

  it('stops a tried path where a choice no longer leaves the node it reached', () => {
    const map = demoMap();
    const fromMal = regelOf(map, 'mal', 'Alla andra svar');
    const stopped = tryPath(map, [regelOf(map, 'kommun', 'Alla svar'), fromMal]);
    expect(stopped.noder).toEqual(['kommun', 'kontakter']);
    expect(stopped.here?.nyckel).toBe('kontakter');
  });
});
