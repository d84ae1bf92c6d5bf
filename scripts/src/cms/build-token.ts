import { UserError } from '../lib/processes.ts';

export const BUILD_TOKEN_NAME = 'Webbplatsbygge (skrivskyddad)';

async function adminToken(cmsUrl: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${cmsUrl}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status === 400 || res.status === 401)
    throw new UserError(`Inloggningen till CMS:et misslyckades för ${email} — kontrollera e-post och lösenord.`);
  if (!res.ok) throw new UserError(`CMS:et svarade ${res.status} vid inloggning: ${await res.text()}`);
  return ((await res.json()) as { data: { token: string } }).data.token;
}

/**
 * Creates the build's read-only API token (find/findOne only) and returns its
 * secret, which Strapi shows only once. An older token with the same name is
 * revoked first, so there is only ever one build token to keep track of.
 */
export async function createBuildToken(cmsUrl: string, email: string, password: string): Promise<string> {
  const auth = { authorization: `Bearer ${await adminToken(cmsUrl, email, password)}` };
  const list = (await (await fetch(`${cmsUrl}/admin/api-tokens`, { headers: auth })).json()) as { data: { id: number; name: string }[] };
  for (const old of list.data.filter((t) => t.name === BUILD_TOKEN_NAME)) {
    await fetch(`${cmsUrl}/admin/api-tokens/${old.id}`, { method: 'DELETE', headers: auth });
  }
  const res = await fetch(`${cmsUrl}/admin/api-tokens`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({
      name: BUILD_TOKEN_NAME,
      description: 'Används av scripts/ pull för att hämta publicerat innehåll. Kan bara läsa.',
      type: 'read-only',
      lifespan: null,
    }),
  });
  if (!res.ok) throw new UserError(`Kunde inte skapa bygg-token (${res.status}): ${await res.text()}`);
  return ((await res.json()) as { data: { accessKey: string } }).data.accessKey;
}

/** True when the token can read the content API. */
export async function buildTokenWorks(cmsUrl: string, token: string): Promise<boolean> {
  const res = await fetch(`${cmsUrl}/api/kommuner?pagination[pageSize]=1`, { headers: { authorization: `Bearer ${token}` } });
  return res.ok;
}
