/** A limit on requests per key and window: `hit` counts one request and answers the seconds to wait, or 0. */
export interface Limiter {
  hit(key: string): number | Promise<number>;
}

/**
 * A fixed-window rate limiter kept in this process's memory: the intake's limiter when REDIS_URL
 * is not set (one instance), and the fallback of the shared one in redis-rate-limit.ts while Redis
 * does not answer. With several instances each counts on its own, so the effective limit is the
 * configured one times the number of instances — set REDIS_URL before running more than one.
 *
 * Memory is bounded: at most `maxKeys` counters. When a flood of new keys fills
 * it, the oldest windows go first — a client can at worst reset its own count by
 * sending from more addresses than that, which the /64 bucketing makes costly.
 */
export class RateLimiter implements Limiter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();
  private lastSweep = 0;
  private readonly limit: number;
  private readonly windowMs: number;
  private readonly maxKeys: number;

  constructor(limit: number, windowMs = 60_000, maxKeys = 50_000) {
    this.limit = limit;
    this.windowMs = windowMs;
    this.maxKeys = maxKeys;
  }

  /** How many counters are held now (for tests of the bound). */
  get size(): number {
    return this.windows.size;
  }

  /** Counts one request for `key`; returns the seconds to wait when over the limit, otherwise 0. */
  hit(key: string, now = Date.now()): number {
    this.sweep(now);
    let w = this.windows.get(key);
    if (!w || w.resetAt <= now) {
      w = { count: 0, resetAt: now + this.windowMs };
      // Re-inserted, so the Map's order stays oldest window first.
      this.windows.delete(key);
      this.windows.set(key, w);
      for (const oldest of this.windows.keys()) {
        if (this.windows.size <= this.maxKeys) break;
        this.windows.delete(oldest);
      }
    }
    w.count += 1;
    return w.count > this.limit ? Math.max(1, Math.ceil((w.resetAt - now) / 1000)) : 0;
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < this.windowMs) return;
    this.lastSweep = now;
    for (const [key, w] of this.windows) if (w.resetAt <= now) this.windows.delete(key);
  }
}
