import type { Core } from '@strapi/strapi';
import { cmsOperationsEnv } from '@vg/shared-schema';
import { sharedRedis } from '../redis/connection';
import { intakeConfig } from './config';
import { type Limiter, RateLimiter } from './rate-limit';
import { RedisRateLimiter, redisOutage } from './redis-rate-limit';

export interface IntakeLimiters {
  /** Per intake route and client address (/64 for IPv6): VG_INTAKE_RATE_PER_MINUTE. */
  ip: Limiter;
  /** Per inlämningsnyckel: VG_INTAKE_KEY_RATE_PER_MINUTE. */
  key: Limiter;
}

let limiters: Promise<IntakeLimiters> | undefined;

/**
 * The intake's rate limiters, made on the first request. With REDIS_URL they count in Redis
 * (keys `<VG_REDIS_PREFIX>intake:ip:…` and `…intake:nyckel:…`), shared by every CMS instance,
 * falling back to per-instance memory while Redis does not answer (see redis-rate-limit.ts);
 * without it, in this process's memory (one instance).
 *
 * Idempotency needs no Redis: förslag and återkoppling keep their Idempotency-Key in a column
 * with a UNIQUE index in the database every instance shares, so a retry that reaches another
 * instance finds the stored row or loses the insert race to it (submit.ts, insertOnce).
 */
export function intakeLimiters(strapi: Core.Strapi): Promise<IntakeLimiters> {
  limiters ??= create(strapi);
  return limiters;
}

async function create(strapi: Core.Strapi): Promise<IntakeLimiters> {
  const { VG_INTAKE_RATE_PER_MINUTE: perClient, VG_INTAKE_KEY_RATE_PER_MINUTE: perKey } = intakeConfig();
  const { redisUrl, redisPrefix } = cmsOperationsEnv(process.env);
  if (!redisUrl) return { ip: new RateLimiter(perClient), key: new RateLimiter(perKey) };
  const client = await sharedRedis(redisUrl);
  // One for both: an outage is one event, whichever limiter notices it first.
  const outage = redisOutage(strapi.log);
  return {
    ip: new RedisRateLimiter(client, { keyPrefix: `${redisPrefix}intake:ip`, limit: perClient, outage }),
    key: new RedisRateLimiter(client, { keyPrefix: `${redisPrefix}intake:nyckel`, limit: perKey, outage }),
  };
}
