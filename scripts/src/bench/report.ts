import type { ChildMeasurement } from './measure.ts';
import type { OpenDataMetrics } from './open-data-metrics.ts';
import type { PreviewFigures } from './preview-bench.ts';
import type { PullBench } from './pull-bench.ts';
import type { GuideMetrics, NotMeasured, PageJs, SearchMetrics } from './site-metrics.ts';

export interface BuildFigures {
  ok: boolean;
  ms: number;
  pages: number;
  pagesPerSecond: number;
  peakRssBytes: number | null;
  /** Why the build failed (last lines of its output). */
  error?: string;
}

export interface SizeResult {
  n: number;
  /** 1-minute load average just before our build: above the core count, other work competed for the CPU. */
  loadAverageBeforeBuild: number;
  counts: Record<string, number>;
  snapshotBytes: number;
  generateMs: number;
  build: BuildFigures;
  floor: BuildFigures;
  /** Our build time ÷ the floor's build time for the same number of pages. */
  ratioToFloor: number | null;
  search: SearchMetrics;
  guide: GuideMetrics;
  /** The HSDS open-data export the build wrote (issue 20). */
  openData?: OpenDataMetrics;
  jsPerPageType: Record<string, PageJs | null>;
  pull: PullBench | NotMeasured;
  /** Webhook debounce + pull + build (+ the atomic swap, a rename): how long until an editor's change is live. */
  editToLiveMs: number | null;
  /** One draft shown by the preview service (issue 21); optional in reports written before it. */
  preview?: PreviewFigures | NotMeasured;
}

export interface BenchReport {
  timestamp: string;
  seed: number;
  /** Where the builds wrote their files: the temp folder, or a RAM disk such as /dev/shm. */
  workDir: string;
  machine: { cpus: number; cpuModel: string; memoryBytes: number; platform: string; node: string; astro: string | null };
  sizes: SizeResult[];
  /** time(largest) ÷ time(smallest) for our build and for the floor. */
  scaling: { from: number; to: number; buildTimeRatio: number | null; floorTimeRatio: number | null } | null;
  targets: TargetCheck[];
}

export interface TargetCheck {
  name: string;
  target: string;
  value: string;
  ok: boolean | null;
}

export const REBUILD_DEBOUNCE_MS = 750;

export const toBuildFigures = (m: ChildMeasurement, pages: number): BuildFigures => ({
  ok: m.ok,
  ms: Math.round(m.ms),
  pages,
  pagesPerSecond: m.ms > 0 ? Math.round((pages / m.ms) * 1000 * 10) / 10 : 0,
  peakRssBytes: m.peakRssBytes,
  ...(m.ok ? {} : { error: m.tail.slice(-1500) }),
});

const s = (ms: number | null | undefined) => (ms == null ? '–' : `${(ms / 1000).toFixed(1)} s`);
const mb = (bytes: number | null | undefined) => (bytes == null ? '–' : `${Math.round(bytes / 1024 / 1024)} MB`);
const kb = (bytes: number | null | undefined) => (bytes == null ? '–' : `${(bytes / 1024).toFixed(1)} KB`);
const mark = (ok: boolean | null) => (ok === null ? '·' : ok ? '✔' : '✖');

/** Page types that are content (no island): they get only small vanilla enhancements. */
const CONTENT_PAGE_TYPES = ['startsida', 'insats', 'berattelse', 'kedja', 'aktor', 'vanliga-fragor'] as const;

/** The issue's targets, checked against the figures (null when the figure is missing). */
export function checkTargets(sizes: SizeResult[], scaling: BenchReport['scaling']): TargetCheck[] {
  const at = (n: number) => sizes.find((x) => x.n === n);
  const largest = sizes.reduce<SizeResult | undefined>((a, b) => (!a || b.n > a.n ? b : a), undefined);
  const out: TargetCheck[] = [];
  const big = at(10_000) ?? largest;
  if (big) {
    out.push({
      name: `Bygge från snapshot, ${big.n} insatser`,
      target: '≤ 90 s (vid 10 000)',
      value: s(big.build.ms),
      ok: big.n < 10_000 ? null : big.build.ok ? big.build.ms <= 90_000 : false,
    });
    out.push({
      name: `Minnestopp i bygget, ${big.n} insatser`,
      target: '≤ 3 GB utan höjd heap-gräns',
      value: mb(big.build.peakRssBytes),
      ok: big.n < 10_000 || big.build.peakRssBytes == null ? null : big.build.ok && big.build.peakRssBytes <= 3 * 1024 ** 3,
    });
  }
  for (const x of sizes)
    out.push({
      name: `Vårt bygge ÷ golvet, ${x.n} insatser`,
      target: '≤ 1,5',
      value: x.ratioToFloor == null ? '–' : x.ratioToFloor.toFixed(2),
      ok: x.ratioToFloor == null ? null : x.ratioToFloor <= 1.5,
    });
  if (scaling) {
    // 7,5 for 1 500 → 10 000; other pairs get the same allowance relative to linear.
    const limit = (7.5 * (scaling.to / scaling.from)) / (10_000 / 1500);
    out.push({
      name: `Skalning tid(${scaling.to}) ÷ tid(${scaling.from})`,
      target: `≤ ${limit.toFixed(1)}`,
      value: scaling.buildTimeRatio == null ? '–' : scaling.buildTimeRatio.toFixed(2),
      ok: scaling.buildTimeRatio == null ? null : scaling.buildTimeRatio <= limit,
    });
  }
  const small = at(1500);
  if (small) {
    const pulled = 'pullMs' in small.pull ? small.pull : null;
    out.push({ name: 'Pull, 1 500 insatser', target: '≤ 15 s', value: s(pulled?.pullMs), ok: pulled ? pulled.pullMs <= 15_000 : null });
    out.push({
      name: 'Från publicering till live, 1 500 insatser',
      target: '≤ 30 s',
      value: s(small.editToLiveMs),
      ok: small.editToLiveMs == null ? null : small.editToLiveMs <= 30_000,
    });
  }
  for (const x of sizes)
    if (x.preview && 'medianMs' in x.preview)
      out.push({
        name: `Förhandsvisning av ett utkast, ${x.n} insatser`,
        target: '≤ 1 s',
        value: s(x.preview.medianMs),
        ok: x.preview.medianMs <= 1000,
      });
  for (const x of sizes)
    if (x.search.measured)
      out.push({
        name: `Sökning, första frågan laddar, ${x.n} insatser`,
        target: '≤ 120 KB (sökbudgeten)',
        value: kb(x.search.firstQueryBytes),
        ok: x.search.firstQueryBytes <= 120 * 1024,
      });
  for (const x of sizes)
    if (x.openData?.measured && x.openData.problems !== null)
      out.push({
        name: `Öppna data följer HSDS 3.0, ${x.n} insatser`,
        target: '0 fel',
        value: `${x.openData.problems} fel i ${x.openData.files} filer`,
        ok: x.openData.problems === 0,
      });
  // Issue 5: content pages ship no framework JS, and their small vanilla enhancements stay under
  // 3 KB gzip. That budget is per page (a visitor loads one page), and any framework runtime is far above it.
  for (const x of sizes) {
    let most: { type: string; js: PageJs } | null = null;
    for (const type of CONTENT_PAGE_TYPES) {
      const js = x.jsPerPageType[type];
      if (js && (!most || js.gzipBytes > most.js.gzipBytes)) most = { type, js };
    }
    if (!most) continue;
    out.push({
      name: `Klient-JS per innehållssida, ${x.n} insatser`,
      target: '< 3 KB gzip, bara små förbättringar utan ramverk',
      value: `högst ${kb(most.js.gzipBytes)} (${most.type})`,
      ok: most.js.gzipBytes < 3 * 1024,
    });
  }
  return out;
}

/** The readable table printed after a run. */
export function formatReport(report: BenchReport): string {
  const sizes = report.sizes;
  const rows: [string, ...string[]][] = [];
  const row = (label: string, f: (x: SizeResult) => string) => rows.push([label, ...sizes.map(f)]);
  row('Insatser / sidor byggda', (x) => `${x.n} / ${x.build.pages}`);
  row('Snapshot (storlek, generering)', (x) => `${mb(x.snapshotBytes)}, ${s(x.generateMs)}`);
  row('Seed av CMS (dokumenttjänsten)', (x) =>
    'pullMs' in x.pull ? `${s(x.pull.seedMs)} (start+seed ${s(x.pull.startAndSeedMs)})` : 'ej mätt',
  );
  row('Pull från Strapi', (x) => ('pullMs' in x.pull ? `${s(x.pull.pullMs)}${x.pull.written ? '' : ' (ej skriven!)'}` : 'ej mätt'));
  row('Bygge (tid, sidor/s)', (x) =>
    x.build.ok ? `${s(x.build.ms)}, ${x.build.pagesPerSecond}/s` : `MISSLYCKADES efter ${s(x.build.ms)}`,
  );
  row('Minnestopp bygge', (x) => mb(x.build.peakRssBytes));
  row('Belastning före bygget (1 min)', (x) => x.loadAverageBeforeBuild.toFixed(1));
  row('Golv: ren Astro (tid, sidor/s)', (x) => `${s(x.floor.ms)}, ${x.floor.pagesPerSecond}/s`);
  row('Golv: minnestopp', (x) => mb(x.floor.peakRssBytes));
  row('Vårt ÷ golv', (x) => (x.ratioToFloor == null ? '–' : x.ratioToFloor.toFixed(2)));
  row('Publicering → live (uppskattat)', (x) => s(x.editToLiveMs));
  row('Förhandsvisning (median; utkast + sida; första)', (x) =>
    !x.preview
      ? 'ej mätt'
      : 'medianMs' in x.preview
        ? `${s(x.preview.medianMs)}; ${s(x.preview.medianDraftMs)} + ${s(x.preview.medianRenderMs)}; ${s(x.preview.firstMs)}`
        : x.preview.reason,
  );
  row('Sökindex (tid, första sökningen)', (x) =>
    x.search.measured ? `${s(x.search.indexMs)}, ${kb(x.search.firstQueryBytes)}` : x.search.reason.replace('not measured: ', 'ej mätt: '),
  );
  row('Första sökningen: delar', (x) =>
    x.search.measured && x.search.firstQueryBreakdown
      ? Object.entries(x.search.firstQueryBreakdown)
          .map(([part, bytes]) => `${part} ${kb(bytes)}`)
          .join(', ')
      : '–',
  );
  row('Första sökningen med ett filter', (x) =>
    x.search.measured && x.search.firstQueryWithFilterBytes !== undefined ? kb(x.search.firstQueryWithFilterBytes) : '–',
  );
  row('Guideindex (gzip, matchning median)', (x) =>
    x.guide.measured
      ? `${kb(x.guide.gzipBytes)}, ${x.guide.matchMedianMs == null ? (x.guide.note ?? 'ej mätt') : `${x.guide.matchMedianMs.toFixed(2)} ms`}`
      : x.guide.reason,
  );
  row('Öppna data (filer, storlek, gzip)', (x) =>
    x.openData?.measured ? `${x.openData.files}, ${mb(x.openData.bytes)}, ${mb(x.openData.gzipBytes)}` : (x.openData?.reason ?? 'ej mätt'),
  );
  row('Öppna data (beräkning, HSDS-kontroll)', (x) =>
    x.openData?.measured
      ? `${s(x.openData.computeMs)}, ${x.openData.checkMs == null ? `ej kontrollerad (${x.openData.note ?? ''})` : `${s(x.openData.checkMs)}, ${x.openData.problems} fel`}`
      : '–',
  );
  const types = [...new Set(sizes.flatMap((x) => Object.keys(x.jsPerPageType)))];
  for (const t of types) row(`JS gzip: ${t}`, (x) => (x.jsPerPageType[t] ? `${kb(x.jsPerPageType[t]?.gzipBytes)}` : 'sidan finns inte'));
  const header: [string, ...string[]] = ['', ...sizes.map((x) => `N = ${x.n}`)];
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  │ ');
  const out = [line(header), widths.map((w) => '─'.repeat(w)).join('──┼─'), ...rows.map(line)];
  if (report.scaling)
    out.push(
      '',
      `Skalning ${report.scaling.from} → ${report.scaling.to}: vårt bygge ×${report.scaling.buildTimeRatio?.toFixed(2) ?? '–'}, golvet ×${report.scaling.floorTimeRatio?.toFixed(2) ?? '–'}`,
    );
  out.push('', 'Mål (issue 10 och 4):');
  for (const t of report.targets) out.push(`  ${mark(t.ok)} ${t.name}: ${t.value} (mål ${t.target})`);
  const m = report.machine;
  out.push(
    '',
    `Maskin: ${m.cpus} × ${m.cpuModel}, ${mb(m.memoryBytes)} RAM, Node ${m.node}, Astro ${m.astro ?? '?'}; byggen i ${report.workDir}; ${report.timestamp}`,
  );
  return out.join('\n');
}
