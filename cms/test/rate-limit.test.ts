import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../src/intake/rate-limit.ts';

describe('the in-memory rate limiter', () => {
  it('refuses the request after the limit, with the seconds left in the window', () => {
    const limiter = new RateLimiter(2, 60_000);
    expect(limiter.hit('a', 0)).toBe(0);
    expect(limiter.hit('a', 0)).toBe(0);
    expect(limiter.hit('a', 30_000)).toBe(30);
    expect(limiter.hit('a', 60_000)).toBe(0);
  });

  it('holds at most its bound of counters however many clients come', () => {
    const limiter = new RateLimiter(1, 60_000, 100);
    for (let i = 0; i < 10_000; i++) limiter.hit(`klient-${i}`, 1000);
    expect(limiter.size).toBe(100);
    // The newest clients are still counted.
    expect(limiter.hit('klient-9999', 1000)).toBeGreaterThan(0);
  });
});
