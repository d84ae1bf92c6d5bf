// `pnpm bench [--sizes 1500,10000] [--pull-sizes 1500] [--skip-pull] [--seed 1] [--out reports/bench.json] [--keep] [--work-dir DIR]`
// Synthetic content at the real service's size and at national size: pull, build, floor,
// search, guide index, JS per page type, one draft's preview. Prints a table and writes the figures as JSON.
// `pnpm bench --load [--duration 60] [--read-duration 20] [--rate 50] [--out reports/bench-load.json]`
// Two CMS instances under load: intake submissions at a fixed rate, then content API reads.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseSnapshot } from '@vg/shared-schema';
import { buildFloor } from '../bench/floor.ts';
import { BENCH_NOW, generateSeedFiles, seedFilesToSnapshot } from '../bench/generate-content.ts';
import { benchLoad } from '../bench/load-bench.ts';
import { formatLoadReport } from '../bench/load-report.ts';
import { measureChild } from '../bench/measure.ts';
import { measureOpenData } from '../bench/open-data-metrics.ts';
import { benchPreview } from '../bench/preview-bench.ts';
import { benchPull } from '../bench/pull-bench.ts';
import { type BenchReport, checkTargets, formatReport, REBUILD_DEBOUNCE_MS, type SizeResult, toBuildFigures } from '../bench/report.ts';
import { countHtmlPages, jsPerPageType, measureGuide, measureSearch } from '../bench/site-metrics.ts';
import { ROOT, SITE_DIR } from '../lib/paths.ts';
import { main, UserError } from '../lib/processes.ts';

const USAGE =
  'Användning: pnpm bench [--sizes 1500,10000] [--pull-sizes 1500] [--skip-pull] [--seed 1] [--out reports/bench.json] [--keep] [--work-dir /dev/shm]\n' +
  '        eller pnpm bench --load [--duration 60] [--read-duration 20] [--rate 50] [--out reports/bench-load.json]';
/** Flags of the build bench that mean nothing to --load. */
const BUILD_FLAGS = ['sizes', 'pull-sizes', 'skip-pull', 'seed', 'keep', 'work-dir'] as const;
/** Flags of --load only. */
const LOAD_FLAGS = ['duration', 'read-duration', 'rate'] as const;
const ASTRO_BIN = path.join(SITE_DIR, 'node_modules', 'astro', 'bin', 'astro.mjs');

function sizeList(flag: string, value: string): number[] {
  const parts = value.split(',').map((p) => p.trim().replace(/[_ ]/g, ''));
  const sizes = parts.map(Number);
  const bad = parts.filter((p, i) => p === '' || !Number.isInteger(sizes[i]) || (sizes[i] as number) < 1 || (sizes[i] as number) > 100_000);
  if (bad.length > 0 || sizes.length === 0)
    throw new UserError(
      `--${flag} "${value}": ange antal insatser som heltal 1–100000, kommaseparerade, t.ex. --${flag} 1500,10000. ${USAGE}`,
    );
  return [...new Set(sizes)].sort((a, b) => a - b);
}

function options() {
  let args: ReturnType<typeof parse>;
  function parse() {
    return parseArgs({
      options: {
        sizes: { type: 'string' },
        'pull-sizes': { type: 'string' },
        'skip-pull': { type: 'boolean' },
        seed: { type: 'string' },
        out: { type: 'string' },
        keep: { type: 'boolean' },
        'work-dir': { type: 'string' },
        load: { type: 'boolean' },
        duration: { type: 'string' },
        'read-duration': { type: 'string' },
        rate: { type: 'string' },
        help: { type: 'boolean' },
      },
      strict: true,
      allowPositionals: false,
    });
  }
  try {
    args = parse();
  } catch (err) {
    throw new UserError(`${(err as Error).message}. ${USAGE}`);
  }
  if (args.values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const given = (flags: readonly string[]) => flags.filter((f) => args.values[f as keyof typeof args.values] !== undefined);
  if (args.values.load) {
    const wrong = given(BUILD_FLAGS);
    if (wrong.length > 0) throw new UserError(`--${wrong[0]} hör till byggbänken, inte till --load. ${USAGE}`);
    const out = path.resolve(ROOT, args.values.out ?? 'reports/bench-load.json');
    if (!out.endsWith('.json')) throw new UserError(`--out "${args.values.out}": filen ska sluta på .json. ${USAGE}`);
    return {
      mode: 'load' as const,
      out,
      intakeSeconds: wholeNumber('duration', args.values.duration ?? '60', 1, 3600),
      readSeconds: wholeNumber('read-duration', args.values['read-duration'] ?? '20', 1, 3600),
      intakeRate: wholeNumber('rate', args.values.rate ?? '50', 1, 10_000),
    };
  }
  const loadOnly = given(LOAD_FLAGS);
  if (loadOnly.length > 0) throw new UserError(`--${loadOnly[0]} gäller bara lastbänken: lägg till --load. ${USAGE}`);
  const seedText = args.values.seed ?? '1';
  const seed = Number(seedText);
  if (!/^\d+$/.test(seedText) || !Number.isSafeInteger(seed))
    throw new UserError(`--seed "${seedText}": ange ett icke-negativt heltal. ${USAGE}`);
  const out = path.resolve(ROOT, args.values.out ?? 'reports/bench.json');
  if (!out.endsWith('.json')) throw new UserError(`--out "${args.values.out}": filen ska sluta på .json. ${USAGE}`);
  const sizes = sizeList('sizes', args.values.sizes ?? '1500,10000');
  const pullSizes = args.values['skip-pull'] ? [] : sizeList('pull-sizes', args.values['pull-sizes'] ?? '1500');
  return {
    mode: 'build' as const,
    sizes,
    pullSizes,
    seed,
    out,
    keep: args.values.keep === true,
    workDir: workDir(args.values['work-dir']),
  };
}

/** A whole number of the flag between min and max, or a UserError naming the flag. */
function wholeNumber(flag: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) throw new UserError(`--${flag} "${value}": ange ett heltal ${min}–${max}. ${USAGE}`);
  return n;
}

/**
 * Where the work folder (snapshots, built sites, the floor) is made. Both builds write ≈ 13 000
 * files, and this machine's disk makes their times swing by seconds; on a RAM disk
 * (`--work-dir /dev/shm`) what is left is CPU, so our overhead over the floor shows clearly.
 */
function workDir(value: string | undefined): string {
  if (value === undefined) return os.tmpdir();
  const dir = path.resolve(value);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(dir);
  } catch {
    throw new UserError(`--work-dir "${value}": mappen finns inte. Ange en befintlig mapp, t.ex. --work-dir /dev/shm. ${USAGE}`);
  }
  if (!stat.isDirectory()) throw new UserError(`--work-dir "${value}": det är en fil, inte en mapp. ${USAGE}`);
  try {
    fs.accessSync(dir, fs.constants.W_OK);
  } catch {
    throw new UserError(`--work-dir "${value}": mappen går inte att skriva i. Välj en annan mapp. ${USAGE}`);
  }
  return dir;
}

const log = (line: string) => console.log(line);

async function benchSize(n: number, seed: number, pullSizes: number[], work: string): Promise<SizeResult> {
  log(`\n▶ N = ${n}`);
  const dir = path.join(work, `n${n}`);
  fs.mkdirSync(dir, { recursive: true });
  const t0 = performance.now();
  const files = generateSeedFiles(n, seed);
  const snapshot = seedFilesToSnapshot(files, seed, BENCH_NOW);
  const json = `${JSON.stringify(snapshot)}\n`;
  const generateMs = performance.now() - t0;
  const snapshotFile = path.join(dir, 'snapshot.json');
  fs.writeFileSync(snapshotFile, json);
  const counts = Object.fromEntries(Object.entries(snapshot.collections).map(([k, v]) => [k, v.length]));
  log(
    `  genererade ${Object.values(counts).reduce((a, b) => a + b, 0)} poster (${(json.length / 1e6).toFixed(1)} MB) på ${(generateMs / 1000).toFixed(1)} s`,
  );

  // Our build, as buildSite runs it, in a child process so its peak memory can be read. From a
  // private copy of site/: others build and edit site/ concurrently, and two builds sharing
  // site/.astro break each other.
  const siteCopy = copySite(path.join(dir, 'site'));
  const loadBefore = os.loadavg()[0] ?? 0;
  log(`  bygger webbplatsen (belastning före: ${loadBefore.toFixed(1)}) …`);
  const outDir = path.join(dir, 'dist');
  const build = await measureChild(process.execPath, [ASTRO_BIN, 'build', '--outDir', outDir], {
    cwd: siteCopy,
    // NODE_ENV as every build has it (build-site.ts): the preview bench's Vite server must not leave "development" behind.
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', SNAPSHOT_PATH: snapshotFile },
  });
  const pages = countHtmlPages(outDir);
  if (!build.ok)
    log(`  ✖ bygget misslyckades efter ${(build.ms / 1000).toFixed(1)} s (${pages} sidor skrivna):\n${build.tail.slice(-1200)}`);
  else log(`  ${pages} sidor på ${(build.ms / 1000).toFixed(1)} s`);

  // The floor: plain Astro, the same number of pages (N if our build produced none).
  const floorPages = pages > 0 ? pages : n;
  log(`  bygger golvet (ren Astro, ${floorPages} minimala sidor) …`);
  const floorRun = await buildFloor(path.join(dir, 'floor'), floorPages);
  const floor = toBuildFigures(floorRun, countHtmlPages(path.join(dir, 'floor', 'dist')));
  if (!floorRun.ok) log(`  ✖ golvet misslyckades:\n${floorRun.tail.slice(-1200)}`);

  log('  sökindex och guideindex …');
  const search = build.ok
    ? await measureSearch(outDir, snapshotFile)
    : { measured: false as const, reason: 'not measured: the build failed' };
  const guide = await measureGuide(snapshot);
  const openData = build.ok ? measureOpenData(outDir, snapshot) : { measured: false as const, reason: 'not measured: the build failed' };
  const js = build.ok || pages > 0 ? jsPerPageType(outDir, snapshot) : {};
  log('  förhandsvisning av ett utkast …');
  let preview: SizeResult['preview'];
  try {
    // The site reads the parsed form of the snapshot, so the preview bench starts from that too.
    preview = await benchPreview(parseSnapshot(snapshot));
    log(`  förhandsvisning: ${(preview.medianMs / 1000).toFixed(2)} s (median), den första ${(preview.firstMs / 1000).toFixed(2)} s`);
  } catch (err) {
    preview = { measured: false, reason: `not measured: ${(err as Error).message}` };
    log(`  ✖ förhandsvisning: ${preview.reason}`);
  }

  let pull: SizeResult['pull'] = {
    measured: false,
    reason: pullSizes.length ? `not measured at this size (--pull-sizes ${pullSizes.join(',')})` : 'skipped (--skip-pull)',
  };
  if (pullSizes.includes(n)) {
    try {
      pull = await benchPull(files, dir, log);
      log(`  seed ${((pull.seedMs ?? 0) / 1000).toFixed(1)} s, pull ${(pull.pullMs / 1000).toFixed(1)} s, ${pull.errors} fel`);
    } catch (err) {
      const lines = (err as Error).message.split('\n');
      const cause = lines.find((l) => /\berror\b|Error:/.test(l) && !l.includes(' at ')) ?? '';
      pull = { measured: false, reason: `not measured: ${lines[0]}${cause ? ` ${cause.trim()}` : ''}` };
      log(`  ✖ pull: ${pull.reason}`);
    }
  }
  const buildFigures = toBuildFigures(build, pages);
  return {
    n,
    loadAverageBeforeBuild: Math.round(loadBefore * 100) / 100,
    counts,
    snapshotBytes: json.length,
    generateMs: Math.round(generateMs),
    build: buildFigures,
    floor,
    ratioToFloor: build.ok && floorRun.ok ? Math.round((build.ms / floorRun.ms) * 100) / 100 : null,
    search,
    guide,
    openData,
    jsPerPageType: js,
    pull,
    preview,
    editToLiveMs:
      'pullMs' in pull && build.ok
        ? Math.round(REBUILD_DEBOUNCE_MS + pull.pullMs + build.ms + (search.measured ? search.indexMs : 0))
        : null,
  };
}

/** A copy of site/ without its build output and caches, sharing its node_modules. */
function copySite(dest: string): string {
  const skip = new Set(['node_modules', 'dist', '.astro', 'test']);
  fs.mkdirSync(dest, { recursive: true });
  for (const entry of fs.readdirSync(SITE_DIR)) {
    if (skip.has(entry)) continue;
    fs.cpSync(path.join(SITE_DIR, entry), path.join(dest, entry), { recursive: true });
  }
  fs.symlinkSync(path.join(SITE_DIR, 'node_modules'), path.join(dest, 'node_modules'), 'dir');
  return dest;
}

function astroVersion(): string | null {
  try {
    return (JSON.parse(fs.readFileSync(path.join(SITE_DIR, 'node_modules', 'astro', 'package.json'), 'utf8')) as { version: string })
      .version;
  } catch {
    return null;
  }
}

async function runLoad(opts: { out: string; intakeSeconds: number; readSeconds: number; intakeRate: number }): Promise<void> {
  const report = await benchLoad({
    intakeSeconds: opts.intakeSeconds,
    readSeconds: opts.readSeconds,
    intakeRate: opts.intakeRate,
    readConnections: 16,
    instances: 2,
    log,
  });
  fs.mkdirSync(path.dirname(opts.out), { recursive: true });
  fs.writeFileSync(opts.out, `${JSON.stringify(report, null, 2)}\n`);
  log(`\n${formatLoadReport(report)}\n\nSiffrorna skrevs till ${path.relative(ROOT, opts.out)}.`);
  const r = report.receipts;
  if (r.missing.length + r.mismatched.length + r.duplicated.length > 0)
    throw new UserError('Kvitton som klienterna fick saknas i databasen eller finns dubbelt — se ovan.');
}

main(async () => {
  const opts = options();
  if (opts.mode === 'load') return runLoad(opts);
  if (!fs.existsSync(ASTRO_BIN)) throw new UserError(`Astro saknas i ${SITE_DIR}/node_modules — kör pnpm install först.`);
  const work = fs.mkdtempSync(path.join(opts.workDir, 'vg-bench-'));
  log(`Bänk: storlekar ${opts.sizes.join(', ')}, pull vid ${opts.pullSizes.join(', ') || '–'}, frö ${opts.seed}; arbetsmapp ${work}`);
  const sizes: SizeResult[] = [];
  try {
    for (const n of opts.sizes) {
      sizes.push(await benchSize(n, opts.seed, opts.pullSizes, work));
      // Built sites of 10 000 insatser are large; keep only what --keep asks for.
      if (!opts.keep) fs.rmSync(path.join(work, `n${n}`), { recursive: true, force: true });
    }
  } finally {
    if (!opts.keep) fs.rmSync(work, { recursive: true, force: true });
  }
  const first = sizes[0];
  const last = sizes[sizes.length - 1];
  const scaling =
    first && last && first !== last
      ? {
          from: first.n,
          to: last.n,
          buildTimeRatio: first.build.ok && last.build.ok ? Math.round((last.build.ms / first.build.ms) * 100) / 100 : null,
          floorTimeRatio: first.floor.ok && last.floor.ok ? Math.round((last.floor.ms / first.floor.ms) * 100) / 100 : null,
        }
      : null;
  const cpus = os.cpus();
  const report: BenchReport = {
    timestamp: new Date().toISOString(),
    seed: opts.seed,
    workDir: opts.workDir,
    machine: {
      cpus: cpus.length,
      cpuModel: cpus[0]?.model.trim() ?? 'okänd',
      memoryBytes: os.totalmem(),
      platform: `${os.platform()} ${os.release()}`,
      node: process.version,
      astro: astroVersion(),
    },
    sizes,
    scaling,
    targets: checkTargets(sizes, scaling),
  };
  fs.mkdirSync(path.dirname(opts.out), { recursive: true });
  fs.writeFileSync(opts.out, `${JSON.stringify(report, null, 2)}\n`);
  log(`\n${formatReport(report)}\n\nSiffrorna skrevs till ${path.relative(ROOT, opts.out)}.`);
});
