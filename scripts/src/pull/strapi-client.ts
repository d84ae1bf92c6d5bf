import { setTimeout as sleep } from 'node:timers/promises';

/** A request the CMS refused (4xx) or kept failing (5xx, network) after retries. */
export class PullError extends Error {
  override name = 'PullError';
}

export interface ClientOptions {
  baseUrl: string;
  token: string;
  /** Attempts for 5xx and network errors (default 4: waits 0.25, 1 and 4 s between). */
  attempts?: number;
  /** Per-request timeout (default 30 s). */
  timeoutMs?: number;
}

/**
 * GETs JSON from the CMS's content API with the build token. 5xx answers and
 * network errors are retried with exponential backoff; 4xx answers fail at
 * once with Strapi's reason, since retrying cannot fix them.
 */
export function createStrapiClient(options: ClientOptions) {
  const attempts = options.attempts ?? 4;
  return async function getJson<T>(path: string): Promise<T> {
    let lastError = '';
    for (let attempt = 1; attempt <= attempts; attempt++) {
      if (attempt > 1) await sleep(250 * 4 ** (attempt - 2));
      let res: Response;
      try {
        res = await fetch(`${options.baseUrl}${path}`, {
          headers: { authorization: `Bearer ${options.token}`, accept: 'application/json' },
          signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
        });
      } catch (err) {
        lastError = `nätverksfel: ${(err as Error).message}`;
        continue;
      }
      if (res.ok) return (await res.json()) as T;
      const reason = await res
        .json()
        .then((b) => (b as { error?: { message?: string } }).error?.message ?? res.statusText)
        .catch(() => res.statusText);
      if (res.status === 401 || res.status === 403) {
        throw new PullError(
          `CMS:et nekade åtkomst (${res.status}: ${reason}) för ${path} — kontrollera att CMS_TOKEN är en giltig skrivskyddad API-token.`,
        );
      }
      if (res.status < 500) throw new PullError(`CMS:et svarade ${res.status} på ${path}: ${reason}`);
      lastError = `${res.status} ${reason}`;
    }
    throw new PullError(
      `CMS:et svarade inte på ${path} efter ${attempts} försök (${lastError}). Kontrollera att CMS:et är igång på ${options.baseUrl}.`,
    );
  };
}
export type GetJson = ReturnType<typeof createStrapiClient>;
