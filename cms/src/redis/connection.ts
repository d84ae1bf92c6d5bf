import Redis from 'ioredis';

let shared: { client: Redis; connected: Promise<void> } | undefined;

/**
 * This process's one connection to Redis, opened on first use and shared by every caller (the
 * intake's rate limits). Set for a store that requests wait on: when Redis is down, unreachable
 * or slow, a command fails within a second instead of queueing (no offline queue, no resending
 * after a reconnect, a command timeout), so the caller can fall back at once. ioredis keeps
 * reconnecting in the background (backoff up to about 5 s), so use resumes by itself.
 *
 * The first caller waits for the connection (at most `connectTimeout`); when that fails the
 * client is returned anyway, not ready, and its commands fail fast until it reconnects.
 */
export async function sharedRedis(url: string): Promise<Redis> {
  if (!shared) {
    const client = new Redis(url, {
      lazyConnect: true,
      connectTimeout: 2000,
      commandTimeout: 1000,
      maxRetriesPerRequest: 0,
      enableOfflineQueue: false,
      connectionName: 'vg-cms',
    });
    // Failures reach the callers as failed commands; without a listener ioredis would also print
    // every reconnect error (with the host) to the console.
    client.on('error', () => {});
    shared = { client, connected: client.connect().then(noop, noop) };
  }
  await shared.connected;
  return shared.client;
}

/** Closes the connection (Strapi's destroy): no reconnect loop keeps a stopping process alive. */
export function closeSharedRedis(): void {
  shared?.client.disconnect();
  shared = undefined;
}

function noop(): void {}
