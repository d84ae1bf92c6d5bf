import { randomBytes } from 'node:crypto';
import { redisAvailable, TEST_REDIS_URL } from '@vg/scripts/cms/test-databases.ts';
import { findFreePort } from '@vg/scripts/lib/ports.ts';
import { Redis } from 'ioredis';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { RedisRateLimiter, redisOutage } from '../src/intake/redis-rate-limit.ts';
import { closeSharedRedis, sharedRedis } from '../src/redis/connection.ts';
import { startTcpProxy, type TcpProxy } from './support/tcp-proxy.ts';

const available = await redisAvailable();
if (!available) console.warn(`⚠ Redis svarar inte på ${TEST_REDIS_URL} — testerna av de delade gränserna hoppas över.`);

/** Each run's own keys, so parallel runs and earlier runs never share a counter. */
const PREFIX = `vg-test-${randomBytes(4).toString('hex')}:`;
let keyCounter = 0;
const freshKey = () => `klient-${++keyCounter}`;

/** A log that keeps what was written, for asserting how often an outage is reported. */
function recordingLog() {
  const lines: { level: 'warn' | 'info'; message: string }[] = [];
  return {
    lines,
    warn: (message: string) => lines.push({ level: 'warn', message }),
    info: (message: string) => lines.push({ level: 'info', message }),
  };
}

const waitFor = async (condition: () => boolean, ms = 10_000) => {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('väntade förgäves');
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe.runIf(available)('the intake rate limit counted in Redis', () => {
  const clients: Redis[] = [];
  let proxy: TcpProxy | undefined;
  afterEach(async () => {
    closeSharedRedis();
    await proxy?.close();
    proxy = undefined;
  });
  afterAll(() => {
    for (const c of clients) c.disconnect();
  });
  /** A connection of the test's own, to look at the counters directly. */
  let direct: Redis | undefined;
  const redisClient = async () => {
    if (!direct) {
      direct = new Redis(TEST_REDIS_URL);
      clients.push(direct);
    }
    return direct;
  };

  it('is one count for every instance: the limit holds across two processes’ connections', async () => {
    // Two connections stand for two CMS processes; only the keys in Redis are shared.
    const log = recordingLog();
    const limiters = await Promise.all(
      [0, 1].map(async () => {
        const client = new Redis(TEST_REDIS_URL, { lazyConnect: true });
        clients.push(client);
        await client.connect();
        return new RedisRateLimiter(client, { keyPrefix: `${PREFIX}ip`, limit: 4, outage: redisOutage(log) });
      }),
    );
    const key = freshKey();
    const waits: number[] = [];
    for (let i = 0; i < 4; i++) waits.push(await (limiters[i % 2] as RedisRateLimiter).hit(key));
    expect(waits).toEqual([0, 0, 0, 0]);
    for (const limiter of limiters) {
      const wait = await limiter.hit(key);
      // What is left of the 60-second window that began with the first request.
      expect(wait).toBeGreaterThanOrEqual(58);
      expect(wait).toBeLessThanOrEqual(60);
    }
    // Another client has its own count.
    expect(await (limiters[1] as RedisRateLimiter).hit(freshKey())).toBe(0);
    expect(log.lines, 'counted in Redis, never in memory').toEqual([]);
  });

  it('counts per instance in memory when Redis cannot be reached at all, and says so once', async () => {
    const log = recordingLog();
    const client = await sharedRedis(`redis://127.0.0.1:${await findFreePort()}`);
    const limiter = new RedisRateLimiter(client, { keyPrefix: `${PREFIX}ip`, limit: 3, outage: redisOutage(log) });
    const key = freshKey();
    const started = Date.now();
    const waits: number[] = [];
    for (let i = 0; i < 10; i++) waits.push(await limiter.hit(key));
    expect(Date.now() - started, 'no request waits for the missing Redis').toBeLessThan(1000);
    // Still limited: the first three pass, the rest wait for the rest of the window.
    expect(waits.slice(0, 3)).toEqual([0, 0, 0]);
    expect(waits.slice(3).every((w) => w >= 59 && w <= 60)).toBe(true);
    expect(log.lines).toHaveLength(1);
    expect(log.lines[0]?.level).toBe('warn');
    expect(log.lines[0]?.message).toMatch(/^Redis svarar inte .*räknas tills vidare per instans i minnet/);
  });

  it('pays one command timeout when Redis hangs, then skips it until it answers again', async () => {
    const { hostname, port } = new URL(TEST_REDIS_URL);
    proxy = await startTcpProxy({ host: hostname, port: Number(port || 6379) });
    const log = recordingLog();
    const client = await sharedRedis(`redis://127.0.0.1:${proxy.port}`);
    const limiter = new RedisRateLimiter(client, { keyPrefix: `${PREFIX}ip`, limit: 3, outage: redisOutage(log, 500) });
    const key = freshKey();
    const counted = async () => (await redisClient()).get(`${PREFIX}ip:${key}`);
    expect(await limiter.hit(key)).toBe(0);
    expect(await limiter.hit(key)).toBe(0);

    proxy.freeze();
    let started = Date.now();
    expect(await limiter.hit(key), 'the memory count starts from nothing').toBe(0);
    const firstMs = Date.now() - started;
    expect(firstMs, 'the connection’s command timeout').toBeGreaterThanOrEqual(900);
    expect(firstMs).toBeLessThan(3000);
    started = Date.now();
    const during = [await limiter.hit(key), await limiter.hit(key), await limiter.hit(key)];
    expect(Date.now() - started, 'later requests skip the hanging Redis').toBeLessThan(100);
    // In memory now, limit 3: the fourth request there is refused.
    expect(during.slice(0, 2)).toEqual([0, 0]);
    expect(during[2]).toBeGreaterThanOrEqual(59);
    expect(log.lines.map((l) => l.level)).toEqual(['warn']);
    expect(log.lines[0]?.message).toContain('Command timed out');

    proxy.thaw();
    await new Promise((r) => setTimeout(r, 600));
    // A timed-out command is given up on, not taken back: the held-back INCR still reached Redis.
    expect(await counted()).toBe('3');
    // Redis again, where this key's count went on from where it was: over the limit now.
    expect(await limiter.hit(key)).toBeGreaterThanOrEqual(58);
    expect(await counted()).toBe('4');
    expect(log.lines.map((l) => l.level)).toEqual(['warn', 'info']);
    expect(log.lines[1]?.message).toBe('Redis svarar igen: inlämningens gränser räknas åter gemensamt för alla instanser.');
  });

  it('falls back at once when the connection drops, and returns to Redis after ioredis reconnects', async () => {
    const { hostname, port } = new URL(TEST_REDIS_URL);
    proxy = await startTcpProxy({ host: hostname, port: Number(port || 6379) });
    const log = recordingLog();
    const client = await sharedRedis(`redis://127.0.0.1:${proxy.port}`);
    const limiter = new RedisRateLimiter(client, { keyPrefix: `${PREFIX}ip`, limit: 5, outage: redisOutage(log, 200) });
    const key = freshKey();
    expect(await limiter.hit(key)).toBe(0);

    const closed = new Promise((resolve) => client.once('close', resolve));
    proxy.cut();
    await closed;
    const started = Date.now();
    expect(await limiter.hit(key)).toBe(0);
    expect(Date.now() - started).toBeLessThan(100);
    expect(log.lines.map((l) => l.level)).toEqual(['warn']);

    await waitFor(() => client.status === 'ready');
    await new Promise((r) => setTimeout(r, 250));
    expect(await limiter.hit(key)).toBe(0);
    expect(log.lines.map((l) => l.level)).toEqual(['warn', 'info']);
    // Both Redis hits are in one count: the one before the drop and the one after.
    expect(await (await redisClient()).get(`${PREFIX}ip:${key}`)).toBe('2');
  });

  it('keeps one connection per process however often it is asked for', async () => {
    const a = await sharedRedis(TEST_REDIS_URL);
    const b = await sharedRedis(TEST_REDIS_URL);
    expect(a).toBe(b);
    expect(a.status).toBe('ready');
    closeSharedRedis();
    await waitFor(() => a.status === 'end');
  });
});
