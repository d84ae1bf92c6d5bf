import { AdminApi } from '@vg/scripts/cms/admin-api.ts';
import { expect } from 'vitest';

export const EDITOR_PASSWORD = 'Redaktion-losen-1';

/** Creates an admin user with one role, as the redaktion sets up a new editor, and logs them in. */
export async function createEditor(superAdmin: AdminApi, email: string, roleCode: string): Promise<{ api: AdminApi; id: number }> {
  const roles = await superAdmin.get<{ data: { id: number; code: string }[] }>('/admin/roles');
  const role = roles.data.find((r) => r.code === roleCode);
  if (!role) throw new Error(`rollen ${roleCode} finns inte`);
  const created = await superAdmin.request('POST', '/admin/users', { firstname: 'Test', lastname: roleCode, email, roles: [role.id] });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const user = (created.body as { data: { id: number; registrationToken: string } }).data;
  const reg = await superAdmin.request('POST', '/admin/register', {
    registrationToken: user.registrationToken,
    userInfo: { firstname: 'Test', lastname: roleCode, password: EDITOR_PASSWORD },
  });
  expect(reg.status, JSON.stringify(reg.body)).toBe(200);
  return { api: await AdminApi.login(superAdmin.baseUrl, email, EDITOR_PASSWORD), id: user.id };
}

/** Posts a förslag to the public intake route, as the site's form does. */
export async function postForslag(
  baseUrl: string,
  nyckel: string,
  uppgifter: Record<string, unknown>,
  over: Record<string, unknown> = {},
): Promise<{ status: number; body: { kvitto?: string } }> {
  const res = await fetch(`${baseUrl}/api/intake/forslag`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      nyckel,
      typ: 'ny-insats',
      uppgifter: {
        sammanfattning: 'Du får stöd att komma vidare.',
        beskrivning: 'Du träffar en handledare varje vecka.',
        stodform: 'arbetstraning',
        kommuner: ['0580'],
        vagarIn: ['egen-anmalan'],
        ...uppgifter,
      },
      avsandare: { roll: 'Samordnare', epost: 'samordnare@example.se' },
      ...over,
    }),
  });
  return { status: res.status, body: (await res.json()) as { kvitto?: string } };
}

/** Sends a förslag that must be accepted; returns its receipt number. */
export async function sendForslag(baseUrl: string, nyckel: string, uppgifter: Record<string, unknown>): Promise<string> {
  const sent = await postForslag(baseUrl, nyckel, uppgifter);
  expect(sent.status, JSON.stringify(sent.body)).toBe(201);
  return sent.body.kvitto as string;
}
