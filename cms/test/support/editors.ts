import { expect } from 'vitest';

export { createEditor, EDITOR_PASSWORD } from '@vg/scripts/cms/editors.ts';

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
