import { describe, expect, it } from 'vitest';
import { checkTargets, type SizeResult } from './report.ts';
import type { PageJs } from './site-metrics.ts';

const js = (gzipBytes: number): PageJs => ({ page: 'x/index.html', files: [], gzipBytes, inlineScripts: gzipBytes > 0 ? 1 : 0 });

/** A size's figures with only what the target checks read; the rest is not measured. */
function size(n: number, jsPerPageType: Record<string, PageJs | null>): SizeResult {
  return {
    n,
    build: { ok: true, ms: 20_000, peakRssBytes: 1e9 },
    floor: { ok: true, ms: 10_000, peakRssBytes: 5e8 },
    ratioToFloor: 2,
    search: { measured: false },
    pull: { measured: false },
    editToLiveMs: null,
    jsPerPageType,
  } as unknown as SizeResult;
}

const jsTarget = (x: SizeResult) => checkTargets([x], null).find((t) => t.name.startsWith('Klient-JS'));

describe('the client JS target of the bench (issue 5: < 3 KB gzip of small vanilla enhancements per content page)', () => {
  it('passes when every content page stays under 3 KB, even if together they are more', () => {
    const t = jsTarget(
      size(1500, { startsida: js(0), insats: js(420), berattelse: js(420), kedja: js(420), aktor: js(420), 'vanliga-fragor': js(420) }),
    );
    expect(t?.ok).toBe(true);
    expect(t?.value).toBe('högst 0.4 KB (insats)');
  });

  it('fails on the content page that goes over, and names it; island pages do not count', () => {
    const t = jsTarget(size(1500, { insats: js(420), kedja: js(3 * 1024), 'hitta-ratt': js(80_000) }));
    expect(t?.ok).toBe(false);
    expect(t?.value).toBe('högst 3.0 KB (kedja)');
  });
});

describe('the open-data figures of the bench (issue 20)', () => {
  const withOpenData = (problems: number | null) =>
    ({
      ...size(10_000, {}),
      openData: {
        measured: true,
        files: 10_214,
        bytes: 9e7,
        gzipBytes: 9e6,
        computeMs: 4000,
        checkMs: problems === null ? null : 9000,
        problems,
      },
    }) as SizeResult;
  const target = (x: SizeResult) => checkTargets([x], null).find((t) => t.name.startsWith('Öppna data'));

  it('checks that the export at this size passes HSDS, and fails on any problem', () => {
    expect(target(withOpenData(0))).toMatchObject({ ok: true, value: '0 fel i 10214 filer' });
    expect(target(withOpenData(3))).toMatchObject({ ok: false, value: '3 fel i 10214 filer' });
  });

  it('sets no target where the schemas were absent (the size and time are still reported)', () => {
    expect(target(withOpenData(null))).toBeUndefined();
  });
});
