import type { Core } from '@strapi/strapi';
import { cmsOperationsEnv } from '@vg/shared-schema';
import { databaseCheck } from './database';
import { redisCheck } from './redis';
import { storageCheck } from './storage';

type CheckResult = 'ok' | 'fel';

interface ReadinessContext {
  status: number;
  body: unknown;
  set: (header: string, value: string) => void;
}

/** A probe must answer well within a load balancer's timeout, even when a service hangs. */
const DATABASE_TIMEOUT_MS = 2000;
const SERVICE_TIMEOUT_MS = 1000;
/** How long a finished probe's result answers further probes. */
const PROBE_REUSE_MS = 1000;

/**
 * A required check failing takes the instance out of rotation. Redis is not required: the rate
 * limits fall back to each instance's memory while it is away (cms/src/intake/redis-rate-limit.ts),
 * so failing readiness for it would take every instance out at once for a loss of precision.
 */
interface Check {
  name: string;
  run: () => Promise<void>;
  timeoutMs: number;
  required: boolean;
}

interface Outcome {
  ready: boolean;
  checks: Record<string, CheckResult>;
  at: number;
}

const withTimeout = (work: Promise<void>, ms: number, name: string): Promise<void> => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error(`${name}: inget svar inom ${ms} ms`), { code: 'TIMEOUT' })), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
};

/** Only an error code reaches the log: messages can name hosts and addresses. */
const reasonOf = (err: unknown): string => {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^[A-Z0-9_]{2,40}$/.test(code) ? code : 'fel';
};

/**
 * `GET /_ready`, the readiness probe (`/_health` stays Strapi's liveness probe): 200
 * `{ status: 'redo', checks: { database: 'ok', storage: 'ok', redis?: 'ok' } }` when the
 * database answers and the upload storage is writable; otherwise 503 with `status: 'inte-redo'`.
 * When REDIS_URL is set, Redis's PING is reported too, but a failing Redis alone keeps the
 * answer 200 (see Check). `fel` stands beside each check that failed.
 * No host, address or error text in the answer, and no authentication: a load balancer calls it.
 * A change in which checks fail is logged once, not on every probe.
 */
export function registerReadinessRoute(strapi: Core.Strapi): void {
  const { redisUrl } = cmsOperationsEnv(process.env);
  const checks: Check[] = [
    { name: 'database', run: databaseCheck(strapi), timeoutMs: DATABASE_TIMEOUT_MS, required: true },
    { name: 'storage', run: storageCheck(strapi), timeoutMs: SERVICE_TIMEOUT_MS, required: true },
  ];
  if (redisUrl)
    checks.push({ name: 'redis', run: redisCheck(redisUrl, SERVICE_TIMEOUT_MS), timeoutMs: SERVICE_TIMEOUT_MS, required: false });

  let lastFailing = '';
  const runChecks = async (): Promise<Outcome> => {
    const reasons = new Map<string, string>();
    const results = await Promise.all(
      checks.map(async ({ name, run, timeoutMs }): Promise<[string, CheckResult]> => {
        try {
          await withTimeout(run(), timeoutMs, name);
          return [name, 'ok'];
        } catch (err) {
          reasons.set(name, reasonOf(err));
          return [name, 'fel'];
        }
      }),
    );
    const failing = [...reasons.keys()].join(', ');
    if (failing !== lastFailing) {
      if (failing) strapi.log.warn(`Inte redo: ${[...reasons].map(([name, why]) => `${name} (${why})`).join(', ')}.`);
      else strapi.log.info('Redo igen: alla kontroller svarar.');
      lastFailing = failing;
    }
    const ready = checks.every(({ name, required }) => !required || !reasons.has(name));
    return { ready, checks: Object.fromEntries(results), at: Date.now() };
  };

  // The route needs no login, so a flood of probes must not become a flood of database queries
  // and Redis connections: probes that arrive together share one run, and a result is reused
  // for a moment after it finished.
  let inFlight: Promise<Outcome> | undefined;
  let latest: Outcome | undefined;
  const outcome = (): Promise<Outcome> => {
    if (latest && Date.now() - latest.at < PROBE_REUSE_MS) return Promise.resolve(latest);
    inFlight ??= runChecks()
      .then((result) => {
        latest = result;
        return result;
      })
      .finally(() => {
        inFlight = undefined;
      });
    return inFlight;
  };

  const probe = async (ctx: ReadinessContext) => {
    const { ready, checks: results } = await outcome();
    ctx.set('Cache-Control', 'no-store');
    ctx.status = ready ? 200 : 503;
    ctx.body = { status: ready ? 'redo' : 'inte-redo', checks: results };
  };

  strapi.server.routes([{ method: 'GET', path: '/_ready', handler: probe, config: { auth: false } }]);
}
