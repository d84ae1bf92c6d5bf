/**
 * How many proxies in front of the CMS append to X-Forwarded-For (VG_TRUSTED_PROXIES,
 * 0 by default: the CMS is reached directly and the header is ignored). The client's
 * address is then the entry that many places from the right — the one the outermost
 * trusted proxy saw — never the left-most, which the client writes itself.
 */
export function trustedProxies(env: NodeJS.ProcessEnv = process.env): number {
  if (env.VG_TRUST_PROXY !== undefined && env.VG_TRUST_PROXY !== '') {
    throw new Error(
      'VG_TRUST_PROXY finns inte längre: sätt VG_TRUSTED_PROXIES till antalet proxyer framför CMS:et (t.ex. 1 för en lastbalanserare) och ta bort VG_TRUST_PROXY.',
    );
  }
  const raw = env.VG_TRUSTED_PROXIES ?? '';
  if (raw === '') return 0;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 10) {
    throw new Error(`VG_TRUSTED_PROXIES ska vara ett heltal 0–10 (antalet proxyer framför CMS:et), inte "${raw}".`);
  }
  return n;
}
