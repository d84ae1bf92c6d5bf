import { BUILD_TOKEN_PREFIX, snapshotReadActions } from '@vg/shared-schema';
import { UserError } from '../lib/processes.ts';

export interface BuildTokenInfo {
  id: number;
  name: string;
  lastUsedAt: string | null;
  createdAt: string;
}

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

/** An admin session for managing build tokens. */
export async function tokenAdmin(cmsUrl: string, email: string, password: string) {
  const auth = { authorization: `Bearer ${await adminToken(cmsUrl, email, password)}` };

  /** Every build token the CMS keeps (the CMS removes all other tokens at start-up). */
  const list = async (): Promise<BuildTokenInfo[]> => {
    const res = await fetch(`${cmsUrl}/admin/api-tokens`, { headers: auth });
    if (!res.ok) throw new UserError(`Kunde inte lista API-nycklarna (${res.status}): ${await res.text()}`);
    const body = (await res.json()) as { data: BuildTokenInfo[] };
    return body.data.filter((t) => t.name.startsWith(BUILD_TOKEN_PREFIX));
  };

  /**
   * Creates a build token that can only find/findOne what the site is built from
   * (Strapi's `custom` type) and returns its secret, which Strapi shows only once.
   * Nothing is revoked: a token in use keeps working until someone revokes it.
   */
  const create = async (name: string): Promise<string> => {
    const res = await fetch(`${cmsUrl}/admin/api-tokens`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({
        name,
        description: 'Används av scripts/ pull för att hämta publicerat innehåll. Kan bara läsa det webbplatsen byggs av.',
        type: 'custom',
        permissions: snapshotReadActions(),
        lifespan: null,
      }),
    });
    if (!res.ok) throw new UserError(`Kunde inte skapa bygg-token (${res.status}): ${await res.text()}`);
    return ((await res.json()) as { data: { accessKey: string } }).data.accessKey;
  };

  const revoke = async (id: number): Promise<void> => {
    const res = await fetch(`${cmsUrl}/admin/api-tokens/${id}`, { method: 'DELETE', headers: auth });
    if (!res.ok) throw new UserError(`Kunde inte återkalla bygg-token ${id} (${res.status}): ${await res.text()}`);
  };

  return { list, create, revoke };
}

/** A name no other token has: the prefix, what it is for, and when it was made. */
export const buildTokenName = (purpose: string, now = new Date()) =>
  `${BUILD_TOKEN_PREFIX} – ${purpose} ${now.toISOString().slice(0, 19).replace('T', ' ')}`;

/** Creates a new build token (see tokenAdmin().create) and returns its secret. */
export async function createBuildToken(cmsUrl: string, email: string, password: string, purpose = 'bygge'): Promise<string> {
  return (await tokenAdmin(cmsUrl, email, password)).create(buildTokenName(purpose));
}

/** True when the token can read the content API. */
export async function buildTokenWorks(cmsUrl: string, token: string): Promise<boolean> {
  const res = await fetch(`${cmsUrl}/api/kommuner?pagination[pageSize]=1`, { headers: { authorization: `Bearer ${token}` } });
  return res.ok;
}
