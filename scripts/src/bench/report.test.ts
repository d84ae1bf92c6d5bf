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
