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
      let text: string;
      try {
        res = await fetch(`${options.baseUrl}${path}`, {
          headers: { authorization: `Bearer ${options.token}`, accept: 'application/json' },
          signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
        });
        // Read the whole body here: a connection that dies or stalls mid-body is a network error too.
        text = await res.text();
      } catch (err) {
        lastError = `nätverksfel: ${(err as Error).message}`;
        continue;
      }
      const body = parseJson(text);
      if (res.ok) {
        if (body === undefined) {
          throw new PullError(
            `CMS:et svarade ${res.status} på ${path} men svaret var inte JSON — kontrollera att ${options.baseUrl} är adressen till Strapi.`,
          );
        }
        return body as T;
      }
      const reason = (body as { error?: { message?: string } } | undefined)?.error?.message ?? res.statusText;
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

/** The parsed body, or undefined when it is not JSON (an HTML error page from a proxy, say). */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export type GetJson = ReturnType<typeof createStrapiClient>;
