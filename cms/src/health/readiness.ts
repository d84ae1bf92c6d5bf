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
 * database answers, the upload storage is writable and — when REDIS_URL is set — Redis answers
 * PING; otherwise 503 with `status: 'inte-redo'` and `fel` beside each check that failed.
 * No host, address or error text in the answer, and no authentication: a load balancer calls it.
 * A change in which checks fail is logged once, not on every probe.
 */
export function registerReadinessRoute(strapi: Core.Strapi): void {
  const { redisUrl } = cmsOperationsEnv(process.env);
  const checks: [name: string, run: () => Promise<void>, timeoutMs: number][] = [
    ['database', databaseCheck(strapi), DATABASE_TIMEOUT_MS],
    ['storage', storageCheck(strapi), SERVICE_TIMEOUT_MS],
  ];
  if (redisUrl) checks.push(['redis', redisCheck(redisUrl, SERVICE_TIMEOUT_MS), SERVICE_TIMEOUT_MS]);

  let lastFailing = '';
  const probe = async (ctx: ReadinessContext) => {
    const reasons = new Map<string, string>();
    const results = await Promise.all(
      checks.map(async ([name, run, timeoutMs]): Promise<[string, CheckResult]> => {
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
    ctx.set('Cache-Control', 'no-store');
    ctx.status = failing ? 503 : 200;
    ctx.body = { status: failing ? 'inte-redo' : 'redo', checks: Object.fromEntries(results) };
  };

  strapi.server.routes([{ method: 'GET', path: '/_ready', handler: probe, config: { auth: false } }]);
}
