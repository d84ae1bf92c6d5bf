import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { INSATS_UID, POPULATE, type PopulateSpec, REST_ENDPOINTS } from '@vg/shared-schema';
import autocannon from 'autocannon';
import { AdminApi } from '../cms/admin-api.ts';
import { createBuildToken } from '../cms/build-token.ts';
import { type CmsCluster, startCmsCluster } from '../cms/cms-cluster.ts';
import { demoOrganisationSlugs, issueIntakeKey, storedForslag, validForslag } from '../cms/intake-client.ts';
import { compileCms } from '../cms/strapi-process.ts';
import { PAGE_SIZE, STABLE_SORT } from '../pull/fetch-all.ts';
import { encodeQuery } from '../pull/rest-query.ts';
import { checkReceipts, type LoadReport, loadFigures, type Sample } from './load-report.ts';

export interface LoadBenchOptions {
  /** Seconds of intake submissions. */
  intakeSeconds: number;
  /** Submissions per second, over both instances together. */
  intakeRate: number;
  /** Seconds of content API reads, as fast as the instances answer. */
  readSeconds: number;
  /** Concurrent connections for the reads. */
  readConnections: number;
  instances: number;
  log: (line: string) => void;
}

/**
 * High enough that no request of the bench is refused: every submission comes from one address
 * (127.0.0.1) with one key, which in production would be limited long before 50 a second.
 */
const BENCH_LIMIT = 1_000_000;

/** The pull's first request for insatser: one page of 100 with exactly the pull's populate and sort. */
export const READ_PATH = `/api/${REST_ENDPOINTS[INSATS_UID].endpoint}?${encodeQuery({
  populate: POPULATE[INSATS_UID] as PopulateSpec,
  sort: STABLE_SORT,
  pagination: { page: 1, pageSize: PAGE_SIZE, withCount: true },
})}`;

interface Phase {
  samples: Sample[];
  seconds: number;
  unanswered: number;
}

/** Runs one autocannon phase over every instance (its connections take the URLs in turn) and keeps each answer's latency. */
function runPhase(options: Omit<autocannon.Options, 'url'> & { urls: string[] }): Promise<Phase> {
  const samples: Sample[] = [];
  const started = performance.now();
  return new Promise((resolve, reject) => {
    // autocannon takes several URLs (connection i goes to url[i % n]); its types say one string.
    const instance = autocannon({ ...options, url: options.urls as unknown as string }, (err, result) => {
      if (err) reject(err);
      else resolve({ samples, seconds: (performance.now() - started) / 1000, unanswered: result.errors + result.timeouts });
    });
    instance.on('response', (_client, status, bytes, responseTime) => samples.push({ ms: responseTime, status, bytes }));
  });
}

/** Submissions at a fixed rate, each with its own Idempotency-Key; returns the receipts of the 201s by key. */
async function intakePhase(cluster: CmsCluster, nyckel: string, runId: string, o: LoadBenchOptions) {
  const acknowledged = new Map<string, string>();
  const body = JSON.stringify(validForslag(nyckel));
  let n = 0;
  // autocannon spreads the rate over the connections and each waits for its answer before the next
  // request: one request a second per connection keeps the rate as long as answers take under 1 s.
  const connections = Math.min(o.intakeRate, 500);
  const phase = await runPhase({
    urls: cluster.instances.map((i) => i.url),
    connections,
    overallRate: o.intakeRate,
    duration: o.intakeSeconds,
    requests: [
      {
        method: 'POST',
        path: '/api/intake/forslag',
        setupRequest: (request, context: { key?: string }) => {
          // One request in flight per connection, so the context pairs each answer with its key.
          context.key = `${runId}-${++n}`;
          return { ...request, headers: { ...request.headers, 'content-type': 'application/json', 'idempotency-key': context.key }, body };
        },
        onResponse: (status, text, context: { key?: string }) => {
          if (status === 201 && context.key) acknowledged.set(context.key, (JSON.parse(text) as { kvitto: string }).kvitto);
        },
      },
    ],
  });
  return { phase, acknowledged };
}

/**
 * `pnpm bench --load`: two CMS instances from the cluster harness (one PostgreSQL database, one
 * Redis), intake submissions at a fixed rate, then content API reads as fast as they are
 * answered, then a check that every receipt a client got is in the database.
 */
export async function benchLoad(o: LoadBenchOptions): Promise<LoadReport> {
  o.log('Kompilerar CMS:et …');
  await compileCms();
  o.log(`Startar ${o.instances} CMS-instanser på en ny PostgreSQL-databas med Redis (första gången laddas demoinnehållet) …`);
  const cluster = await startCmsCluster({
    instances: o.instances,
    env: { VG_INTAKE_RATE_PER_MINUTE: String(BENCH_LIMIT), VG_INTAKE_KEY_RATE_PER_MINUTE: String(BENCH_LIMIT) },
  });
  try {
    const admin = cluster.admin as AdminApi;
    const nyckel = await issueIntakeKey(admin, demoOrganisationSlugs()[0] as string);
    const token = await createBuildToken(cluster.instances[0]?.url as string, AdminApi.FIRST_ADMIN.email, AdminApi.FIRST_ADMIN.password);
    const runId = `bank-${randomBytes(4).toString('hex')}`;

    // A few requests to each instance first: the first answers include Strapi's lazy start-up work.
    for (const { url } of cluster.instances) {
      for (let i = 0; i < 5; i++)
        await fetch(`${url}${READ_PATH}`, { headers: { authorization: `Bearer ${token}` } }).then((r) => r.text());
    }

    o.log(`Inlämning: ${o.intakeRate} förslag/s i ${o.intakeSeconds} s, fördelat på instanserna …`);
    const loadBefore = os.loadavg()[0] ?? 0;
    const intake = await intakePhase(cluster, nyckel, runId, o);
    o.log(`Läsning: GET insatser (sida 1, som pull) så fort instanserna svarar, ${o.readConnections} anslutningar i ${o.readSeconds} s …`);
    const reads = await runPhase({
      urls: cluster.instances.map((i) => i.url),
      connections: o.readConnections,
      duration: o.readSeconds,
      headers: { authorization: `Bearer ${token}` },
      requests: [{ method: 'GET', path: READ_PATH }],
    });
    o.log('Kontrollerar kvittona i databasen …');
    const receipts = checkReceipts(intake.acknowledged, await storedForslag(cluster.databaseUrl, `${runId}-`));
    const cpus = os.cpus();
    return {
      timestamp: new Date().toISOString(),
      machine: { cpus: cpus.length, cpuModel: cpus[0]?.model.trim() ?? 'okänd', memoryBytes: os.totalmem(), node: process.version },
      loadAverageBefore: Math.round(loadBefore * 10) / 10,
      instances: o.instances,
      intakeLimits: { perClient: BENCH_LIMIT, perKey: BENCH_LIMIT },
      intake: { ...loadFigures(intake.phase.samples, intake.phase.seconds, intake.phase.unanswered), targetPerSecond: o.intakeRate },
      reads: { ...loadFigures(reads.samples, reads.seconds, reads.unanswered), path: READ_PATH, connections: o.readConnections },
      receipts,
    };
  } finally {
    await cluster.dispose();
  }
}
