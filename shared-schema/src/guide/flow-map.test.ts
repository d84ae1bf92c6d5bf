import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type GuideMapDraft, guideFlowMap } from './flow-map.ts';

const DEMO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../cms/data/hitta-ratt.json');
const demo = (): GuideMapDraft & { regler: Record<string, unknown>[]; fragor: Record<string, unknown>[] } =>
  JSON.parse(fs.readFileSync(DEMO, 'utf8'));
const node = (map: ReturnType<typeof guideFlowMap>, key: string) => map.noder.find((n) => n.nyckel === key);

describe('the guide drawn as a map', () => {
  it('draws the demo flow left to right from the start, every node reachable and leading on, outcomes last', () => {
    const map = guideFlowMap(demo());
    expect(map.problem).toEqual([]);
    expect(map.noder.every((n) => n.status === 'ok')).toBe(true);
    const columnOf = (key: string) => node(map, key)?.kolumn;
    expect(columnOf('kommun')).toBe(0);
    // Both ways through "halsa" meet again at "sprak", which comes after the longer one.
    expect(columnOf('halsa-vad')).toBe((columnOf('halsa') ?? 0) + 1);
    expect(columnOf('sprak')).toBe((columnOf('halsa-vad') ?? 0) + 1);
    const outcomes = map.noder.filter((n) => n.typ === 'utfall');
    expect(outcomes.map((n) => n.nyckel).sort()).toEqual(['arbete-eller-studier', 'borja-i-lugn-takt', 'forsta-rattigheter', 'ma-battre']);
    expect(new Set(outcomes.map((n) => n.kolumn))).toEqual(new Set([map.kolumner - 1]));
    // No two nodes share a place.
    expect(new Set(map.noder.map((n) => `${n.kolumn}:${n.rad}`)).size).toBe(map.noder.length);
  });

  it('labels every arrow with the answers it takes, naming options by their text', () => {
    const map = guideFlowMap(demo());
    expect(map.pilar).toHaveLength(13);
    const fromMal = map.pilar.filter((p) => p.fran === 'mal').map((p) => [p.villkor, p.till]);
    expect(fromMal).toEqual([
      ['Svar: Jag vill förstå vilket stöd och vilka rättigheter jag har', 'forsta-rattigheter'],
      ['Svar: Jag vill må bättre först', 'ma-battre'],
      ['Alla andra svar', 'timmar'],
    ]);
    expect(map.pilar.find((p) => p.fran === 'kommun')?.villkor).toBe('Alla svar');
    expect(map.pilar.find((p) => p.fran === 'timmar')?.villkor).toBe('Högst 9 timmar');
  });

  it('marks a question whose answers lead nowhere as a dead end, and what comes only after it as unreachable', () => {
    const flow = demo();
    // "timmar" loses its default rule: more than 9 hours leads nowhere.
    flow.regler = flow.regler.filter((r) => !(r.fraga === 'timmar' && r.villkor === 'alltid'));
    const map = guideFlowMap(flow);
    expect(node(map, 'timmar')?.status).toBe('atervandsgrand');
    expect(node(map, 'timmar')?.problem.join(' ')).toContain('saknar en standardregel');
    expect(node(map, 'arbete-eller-studier')?.status).toBe('oatkomlig');
    expect(node(map, 'arbete-eller-studier')?.problem.join(' ')).toContain('går inte att nå');
    expect(node(map, 'mal')?.status).toBe('ok');
    // Unreachable nodes get a column of their own after the rest.
    expect(node(map, 'arbete-eller-studier')?.kolumn).toBe(map.kolumner - 1);
  });

  it('draws a rule to a key that does not exist as an arrow to a missing node, and its question as a dead end', () => {
    const flow = demo();
    const rule = flow.regler.find((r) => r.fraga === 'sprak');
    if (rule) rule.nasta = 'mall';
    const map = guideFlowMap(flow);
    expect(node(map, 'mall')).toMatchObject({ typ: 'saknas', status: 'saknas' });
    expect(node(map, 'sprak')?.status).toBe('atervandsgrand');
    // Everything after "sprak" is now cut off from the start.
    expect(node(map, 'mal')?.status).toBe('oatkomlig');
    // And so is every question before it a dead end: no path from them reaches an outcome.
    expect(node(map, 'kommun')?.status).toBe('atervandsgrand');
    expect(node(map, 'kommun')?.problem.join(' ')).toContain('Ingen väg från frågan');
  });

  it('marks the questions of a loop, and a rule that can never apply', () => {
    const flow = demo();
    const rule = flow.regler.find((r) => r.fraga === 'sprak');
    if (rule) rule.nasta = 'halsa';
    flow.regler.splice(4, 0, { fraga: 'halsa', villkor: 'svar-ar', varde: 'nej', nasta: 'halsa-vad' });
    const map = guideFlowMap(flow);
    expect(node(map, 'sprak')?.status).toBe('atervandsgrand');
    expect(node(map, 'sprak')?.problem.join(' ')).toContain('slinga');
    expect(map.pilar.find((p) => p.regel === 4)?.status).toBe('anvands-aldrig');
  });

  it('reads an unfinished draft without throwing: empty keys, missing lists, a start that does not exist', () => {
    expect(guideFlowMap({}).noder).toEqual([]);
    const map = guideFlowMap({ start: 'borjan', fragor: [{ nyckel: '', typ: 'enval' }, null], regler: 'x', utfall: [{ nyckel: 'slut' }] });
    expect(map.problem.some((p) => p.path[0] === 'start')).toBe(true);
    expect(node(map, 'slut')?.status).toBe('oatkomlig');
  });
});
