import Redis from 'ioredis';

/**
 * Redis answers PING. A fresh connection for each probe, closed right after: nothing to go
 * stale between probes, no reconnect loop running in the background, and a probe comes every
 * few seconds at most. One attempt only, no offline queue: a Redis that is down fails the
 * probe at once instead of queueing the PING.
 */
export const redisCheck = (url: string, timeoutMs: number) => async (): Promise<void> => {
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    commandTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  // Without a listener ioredis prints connection errors (with the host) to the console itself.
  client.on('error', () => {});
  try {
    await client.connect();
    const answer = await client.ping();
    if (answer !== 'PONG') throw new Error(`Redis svarade ${answer} på PING.`);
  } finally {
    client.disconnect();
  }
};
