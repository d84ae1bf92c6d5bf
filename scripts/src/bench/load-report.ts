/** One answered request: how long it took and its status. */
export interface Sample {
  ms: number;
  status: number;
  /** Bytes of the answer, headers included. */
  bytes: number;
}

export interface LoadFigures {
  /** Answered requests (connection errors and timeouts are counted apart). */
  requests: number;
  seconds: number;
  /** Answered requests per second over the phase. */
  perSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  /** The mean size of an answer in bytes, headers included. */
  meanBytes: number;
  /** Requests per status code, e.g. { "201": 2998, "429": 2 }. */
  statuses: Record<string, number>;
  non2xx: number;
  serverErrors: number;
  /** Connection errors and timeouts: requests that got no answer at all. */
  unanswered: number;
}

/** The nearest-rank percentile (0–100) of values sorted ascending; 0 for no values. */
export function percentile(sortedAsc: readonly number[], p: number): number {
  if (sortedAsc.length === 0) return 0;
  const rank = Math.ceil((p / 100) * sortedAsc.length);
  return sortedAsc[Math.min(sortedAsc.length, Math.max(1, rank)) - 1] as number;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * The figures of one phase from every answer's latency and status. Computed from all samples
 * rather than autocannon's histogram, which has no 95th percentile.
 */
export function loadFigures(samples: readonly Sample[], seconds: number, unanswered: number): LoadFigures {
  const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
  const statuses: Record<string, number> = {};
  for (const s of samples) statuses[s.status] = (statuses[s.status] ?? 0) + 1;
  return {
    requests: samples.length,
    seconds: round1(seconds),
    perSecond: seconds > 0 ? round1(samples.length / seconds) : 0,
    latencyMs: {
      p50: round1(percentile(sorted, 50)),
      p95: round1(percentile(sorted, 95)),
      p99: round1(percentile(sorted, 99)),
      max: round1(sorted[sorted.length - 1] ?? 0),
    },
    meanBytes: samples.length > 0 ? Math.round(samples.reduce((sum, s) => sum + s.bytes, 0) / samples.length) : 0,
    statuses,
    non2xx: samples.filter((s) => s.status < 200 || s.status > 299).length,
    serverErrors: samples.filter((s) => s.status >= 500).length,
    unanswered,
  };
}

export interface ReceiptCheck {
  /** Submissions answered 201, each with its receipt. */
  acknowledged: number;
  /** Of those, stored under the same Idempotency-Key with the same receipt. */
  found: number;
  /** Idempotency-Keys answered 201 but not in the database. */
  missing: string[];
  /** Idempotency-Keys stored with another receipt than the one their client was given. */
  mismatched: string[];
  /** Idempotency-Keys stored more than once (the UNIQUE index should make this impossible). */
  duplicated: string[];
  /** Rows of this run no client got a 201 for (its request timed out after the insert, say): not lost, just unanswered. */
  storedUnanswered: number;
}

/** Compares what clients were told (201 + receipt) with what the database holds. */
export function checkReceipts(
  acknowledged: ReadonlyMap<string, string>,
  stored: readonly { idempotensnyckel: string; kvitto: string }[],
): ReceiptCheck {
  const byKey = new Map<string, string[]>();
  for (const row of stored) byKey.set(row.idempotensnyckel, [...(byKey.get(row.idempotensnyckel) ?? []), row.kvitto]);
  const missing: string[] = [];
  const mismatched: string[] = [];
  for (const [key, kvitto] of acknowledged) {
    const rows = byKey.get(key);
    if (!rows) missing.push(key);
    else if (!rows.includes(kvitto)) mismatched.push(key);
  }
  return {
    acknowledged: acknowledged.size,
    found: acknowledged.size - missing.length - mismatched.length,
    missing,
    mismatched,
    duplicated: [...byKey].filter(([, rows]) => rows.length > 1).map(([key]) => key),
    storedUnanswered: [...byKey.keys()].filter((key) => !acknowledged.has(key)).length,
  };
}

export interface LoadReport {
  timestamp: string;
  machine: { cpus: number; cpuModel: string; memoryBytes: number; node: string };
  /**
   * 1-minute load average just before the intake phase, with the instances idle: above the core
   * count, other work competed for the CPU. (Taken before the reads it would count the intake's own work.)
   */
  loadAverageBefore: number;
  instances: number;
  /** The intake limits the bench set so they are not what is measured. */
  intakeLimits: { perClient: number; perKey: number };
  intake: LoadFigures & { targetPerSecond: number };
  reads: LoadFigures & { path: string; connections: number };
  receipts: ReceiptCheck;
}

const ms = (n: number) => `${n.toFixed(1)} ms`;

/** The report as the terminal shows it. */
export function formatLoadReport(r: LoadReport): string {
  const row = (name: string, f: LoadFigures) =>
    [
      name.padEnd(34),
      String(f.requests).padStart(7),
      f.perSecond.toFixed(1).padStart(8),
      ms(f.latencyMs.p50).padStart(10),
      ms(f.latencyMs.p95).padStart(10),
      ms(f.latencyMs.p99).padStart(10),
      ms(f.latencyMs.max).padStart(10),
      String(f.non2xx).padStart(7),
      String(f.serverErrors).padStart(5),
      String(f.unanswered).padStart(8),
    ].join(' ');
  const header = [
    ''.padEnd(34),
    'svar'.padStart(7),
    'per s'.padStart(8),
    'p50'.padStart(10),
    'p95'.padStart(10),
    'p99'.padStart(10),
    'max'.padStart(10),
    'ej 2xx'.padStart(7),
    '5xx'.padStart(5),
    'obesvar.'.padStart(8),
  ].join(' ');
  const c = r.receipts;
  const receiptsOk = c.missing.length === 0 && c.mismatched.length === 0 && c.duplicated.length === 0;
  return [
    `Last mot ${r.instances} CMS-instanser (${r.machine.cpus} kärnor, ${r.machine.cpuModel}, Node ${r.machine.node}), ${r.timestamp}`,
    `Belastning före (1 min): ${r.loadAverageBefore.toFixed(1)}${r.loadAverageBefore > r.machine.cpus ? ` — över ${r.machine.cpus}: annat arbete konkurrerade om processorn, så tiderna är för höga` : ''}.`,
    '',
    header,
    row(`inlämning (mål ${r.intake.targetPerSecond}/s, ${r.intake.seconds} s)`, r.intake),
    row(`läsning (${r.reads.connections} anslutn., ${r.reads.seconds} s)`, r.reads),
    '',
    `Statuskoder, inlämning: ${JSON.stringify(r.intake.statuses)}; läsning: ${JSON.stringify(r.reads.statuses)}`,
    `Svarens medelstorlek: inlämning ${r.intake.meanBytes} B, läsning ${(r.reads.meanBytes / 1024).toFixed(1)} KB.`,
    `Läsningen: GET ${r.reads.path} med bygg-token, som pull hämtar.`,
    `Inlämningens gränser höjdes för bänken (VG_INTAKE_RATE_PER_MINUTE=${r.intakeLimits.perClient}, VG_INTAKE_KEY_RATE_PER_MINUTE=${r.intakeLimits.perKey}) så att de inte är flaskhalsen: alla anrop kommer från samma adress och nyckel.`,
    `${receiptsOk ? '✔' : '✖'} Kvitton: ${c.found} av ${c.acknowledged} med svar 201 finns i databasen med samma kvitto` +
      `${c.missing.length ? `; ${c.missing.length} saknas` : ''}${c.mismatched.length ? `; ${c.mismatched.length} med annat kvitto` : ''}` +
      `${c.duplicated.length ? `; ${c.duplicated.length} dubbletter` : '; inga dubbletter'}` +
      `${c.storedUnanswered ? `; ${c.storedUnanswered} sparade utan att klienten fick svar (pågick när tiden tog slut)` : ''}.`,
  ].join('\n');
}
