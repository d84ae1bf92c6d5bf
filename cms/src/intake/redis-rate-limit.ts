import type Redis from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { type Limiter, RateLimiter } from './rate-limit';

/**
 * Whether Redis is failing, shared by the limiters of one process. After a failure the limiters
 * skip Redis for `retryMs` and count in memory: when Redis hangs, only the request that tries it
 * waits for the command timeout, not every request. One warning when an outage starts and one
 * line when it ends, however many requests fall back in between — an outage under load must not
 * flood the log.
 */
export interface RedisOutage {
  /** True while Redis failed less than `retryMs` ago: go straight to memory. */
  active(): boolean;
  failed(err: unknown): void;
  succeeded(): void;
}

export function redisOutage(log: { warn: (message: string) => void; info: (message: string) => void }, retryMs = 5000): RedisOutage {
  let down = false;
  let retryAt = 0;
  return {
    active: () => Date.now() < retryAt,
    failed(err) {
      retryAt = Date.now() + retryMs;
      if (down) return;
      down = true;
      // ioredis's messages name the failure ("Command timed out", "Connection is closed."), never the password.
      const reason = err instanceof Error ? err.message : String(err);
      log.warn(
        `Redis svarar inte (${reason}): inlämningens gränser räknas tills vidare per instans i minnet. Inga inlämningar avvisas för det.`,
      );
    },
    succeeded() {
      if (!down) return;
      down = false;
      log.info('Redis svarar igen: inlämningens gränser räknas åter gemensamt för alla instanser.');
    },
  };
}

export interface RedisRateLimiterOptions {
  /** Put before every key, e.g. `vg:intake:ip` → `vg:intake:ip:<key>`. */
  keyPrefix: string;
  limit: number;
  windowSeconds?: number;
  outage: RedisOutage;
}

/**
 * A fixed-window limit counted in Redis, so every CMS instance shares one count per key: an
 * atomic INCR with the window's expiry (rate-limiter-flexible's RateLimiterRedis). The wait it
 * answers is what is left of the window, as the memory limiter's.
 *
 * When Redis fails (down, unreachable, slower than the connection's command timeout) the request
 * is counted in this instance's bounded memory limiter instead, with the same limit: a Redis blip
 * never stops anyone submitting, and each instance still limits on its own (at worst the limit
 * times the number of instances, for as long as the outage lasts). Refusing every submission
 * with 503 instead would turn a cache outage into an outage of the public forms, for counters
 * that protect nothing but the rate. The fallback is done here rather than with the library's
 * `insuranceLimiter` so the memory stays bounded (RateLimiterMemory is not), a hanging Redis is
 * skipped for a while instead of costing every request a timeout, and the outage is logged once
 * when it starts and once when it ends (RedisOutage).
 */
export class RedisRateLimiter implements Limiter {
  private readonly store: RateLimiterRedis;
  private readonly fallback: RateLimiter;
  private readonly outage: RedisOutage;

  constructor(client: Redis, options: RedisRateLimiterOptions) {
    const windowSeconds = options.windowSeconds ?? 60;
    // rejectIfRedisNotReady: while ioredis reconnects, fall back at once rather than wait for it.
    this.store = new RateLimiterRedis({
      storeClient: client,
      keyPrefix: options.keyPrefix,
      points: options.limit,
      duration: windowSeconds,
      rejectIfRedisNotReady: true,
    });
    this.fallback = new RateLimiter(options.limit, windowSeconds * 1000);
    this.outage = options.outage;
  }

  async hit(key: string): Promise<number> {
    if (this.outage.active()) return this.fallback.hit(key);
    try {
      await this.store.consume(key);
      this.outage.succeeded();
      return 0;
    } catch (err) {
      // Over the limit: the library rejects with the counter's state, not an Error.
      if (err instanceof RateLimiterRes) {
        this.outage.succeeded();
        return Math.max(1, Math.ceil(err.msBeforeNext / 1000));
      }
      this.outage.failed(err);
      return this.fallback.hit(key);
    }
  }
}
