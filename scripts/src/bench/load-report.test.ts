import { describe, expect, it } from 'vitest';
import { checkReceipts, formatLoadReport, type LoadReport, loadFigures, percentile } from './load-report.ts';

describe('percentile (nearest rank)', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1);

  it('is the value at rank ⌈p/100 · n⌉ of the sorted values', () => {
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile(hundred, 100)).toBe(100);
    expect(percentile([10, 20, 30], 50)).toBe(20);
    expect(percentile([10, 20, 30], 95)).toBe(30);
  });

  it('is the only value of one, and 0 of none', () => {
    expect(percentile([7], 1)).toBe(7);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBe(0);
  });
});

describe('loadFigures', () => {
  it('counts answers per status, non-2xx and 5xx apart, and the rate over the phase', () => {
    const samples = [
      ...Array.from({ length: 96 }, (_, i) => ({ ms: i + 1, status: 201, bytes: 300 })),
      { ms: 200, status: 429, bytes: 300 },
      { ms: 300, status: 500, bytes: 300 },
      { ms: 400, status: 503, bytes: 300 },
      { ms: 500, status: 200, bytes: 700 },
    ];
    const f = loadFigures(samples, 10, 3);
    expect(f.requests).toBe(100);
    expect(f.perSecond).toBe(10);
    expect(f.statuses).toEqual({ '200': 1, '201': 96, '429': 1, '500': 1, '503': 1 });
    expect(f.non2xx).toBe(3);
    expect(f.serverErrors).toBe(2);
    expect(f.unanswered).toBe(3);
    expect(f.latencyMs).toEqual({ p50: 50, p95: 95, p99: 400, max: 500 });
    expect(f.meanBytes).toBe(304);
  });
});

describe('checkReceipts', () => {
  const told = new Map([
    ['k1', 'VG-2026-000001'],
    ['k2', 'VG-2026-000002'],
    ['k3', 'VG-2026-000003'],
    ['k4', 'VG-2026-000004'],
  ]);

  it('finds every receipt a client was given under its key', () => {
    const stored = [...told].map(([idempotensnyckel, kvitto]) => ({ idempotensnyckel, kvitto }));
    expect(checkReceipts(told, stored)).toEqual({
      acknowledged: 4,
      found: 4,
      missing: [],
      mismatched: [],
      duplicated: [],
      storedUnanswered: 0,
    });
  });

  it('names receipts lost, stored under another receipt, stored twice, and counts rows nobody was answered for', () => {
    const stored = [
      { idempotensnyckel: 'k1', kvitto: 'VG-2026-000001' },
      { idempotensnyckel: 'k2', kvitto: 'VG-2026-000099' },
      { idempotensnyckel: 'k3', kvitto: 'VG-2026-000003' },
      { idempotensnyckel: 'k3', kvitto: 'VG-2026-000007' },
      { idempotensnyckel: 'k5', kvitto: 'VG-2026-000005' },
    ];
    expect(checkReceipts(told, stored)).toEqual({
      acknowledged: 4,
      found: 2,
      missing: ['k4'],
      mismatched: ['k2'],
      duplicated: ['k3'],
      storedUnanswered: 1,
    });
  });
});

describe('formatLoadReport', () => {
  const figures = loadFigures([{ ms: 12, status: 201, bytes: 300 }], 1, 0);
  const report = (receipts: LoadReport['receipts']): LoadReport => ({
    timestamp: '2026-11-24T10:00:00.000Z',
    machine: { cpus: 2, cpuModel: 'Testprocessor', memoryBytes: 1e9, node: 'v24.21.0' },
    loadAverageBefore: 1.2,
    instances: 2,
    intakeLimits: { perClient: 1_000_000, perKey: 1_000_000 },
    intake: { ...figures, targetPerSecond: 50 },
    reads: { ...figures, path: '/api/insatser?x', connections: 16 },
    receipts,
  });

  it('says that the intake limits were raised, and that every receipt was found', () => {
    const text = formatLoadReport(report({ acknowledged: 1, found: 1, missing: [], mismatched: [], duplicated: [], storedUnanswered: 0 }));
    expect(text).toContain('Inlämningens gränser höjdes för bänken (VG_INTAKE_RATE_PER_MINUTE=1000000');
    expect(text).toContain('✔ Kvitton: 1 av 1 med svar 201 finns i databasen med samma kvitto; inga dubbletter.');
  });

  it('marks lost receipts with ✖', () => {
    const text = formatLoadReport(
      report({ acknowledged: 2, found: 1, missing: ['k2'], mismatched: [], duplicated: [], storedUnanswered: 0 }),
    );
    expect(text).toContain('✖ Kvitton: 1 av 2 med svar 201 finns i databasen med samma kvitto; 1 saknas; inga dubbletter.');
  });
});
