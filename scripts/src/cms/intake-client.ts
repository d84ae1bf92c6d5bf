import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { CMS_DIR } from '../lib/paths.ts';
import type { AdminApi } from './admin-api.ts';

/*
 * What tests and the load bench need to submit förslag to a demo CMS the way the site's form
 * does, and to check afterwards what the database kept.
 */

/** The demo organisations' slugs (cms/data/organisationer.json), in file order. */
export function demoOrganisationSlugs(): string[] {
  const file = path.join(CMS_DIR, 'data', 'organisationer.json');
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { slug: string }[]).map((o) => o.slug);
}

/**
 * Issues an inlämningsnyckel for a demo organisation through the redaktion's admin route and
 * returns the plain key (shown only this once). Replaces the organisation's earlier keys.
 */
export async function issueIntakeKey(admin: AdminApi, organisationSlug: string): Promise<string> {
  const issued = await admin.request('POST', '/intake/inlamningsnycklar', { organisation: organisationSlug });
  if (issued.status !== 201) throw new Error(`Kunde inte skapa en inlämningsnyckel (${issued.status}): ${JSON.stringify(issued.body)}`);
  return (issued.body as { data: { nyckel: string } }).data.nyckel;
}

/** What the förslag route takes, loosely typed so that tests can spoil any part of it. */
export interface ForslagBody {
  nyckel: string;
  typ: string;
  uppgifter: Record<string, unknown>;
  avsandare: Record<string, unknown>;
  [field: string]: unknown;
}

/** A valid proposal of a new insats (kommun and ways in from the demo content). */
export function validForslag(nyckel: string): ForslagBody {
  return {
    nyckel,
    typ: 'ny-insats',
    uppgifter: {
      namn: 'Trädgårdsgruppen i Ekdalen',
      sammanfattning: 'Du arbetar i en trädgård i lugn takt, några timmar i veckan.',
      beskrivning: 'Här odlar vi grönsaker och blommor.\n\nDu börjar med några timmar i veckan.',
      stodform: 'arbetstraning',
      kommuner: ['0580'],
      vagarIn: ['egen-anmalan', 'remiss-fk'],
      aktiviteter: ['Trädgård', 'Café'],
      timmarMin: 4,
      timmarMax: 20,
    },
    avsandare: { namn: 'Testperson', roll: 'Samordnare', epost: 'samordnare@example.se' },
  };
}

export interface IntakeAnswer {
  status: number;
  body: Record<string, unknown> | null;
  headers: Headers;
}

/**
 * POSTs a förslag as JSON. `ip` goes in X-Forwarded-For (the CMS must trust one proxy,
 * VG_TRUSTED_PROXIES=1) so a test can speak for many clients. Connection errors are thrown.
 */
export async function postForslag(
  cmsUrl: string,
  payload: unknown,
  options: { idempotencyKey?: string; ip?: string } = {},
): Promise<IntakeAnswer> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
  if (options.ip) headers['x-forwarded-for'] = options.ip;
  const res = await fetch(`${cmsUrl}/api/intake/forslag`, { method: 'POST', headers, body: JSON.stringify(payload) });
  const text = await res.text();
  let body: Record<string, unknown> | null = null;
  try {
    body = text ? (JSON.parse(text) as Record<string, unknown>) : null;
  } catch {
    // Not JSON: the status says enough.
  }
  return { status: res.status, body, headers: res.headers };
}

/**
 * The förslag whose Idempotency-Key starts with `keyPrefix`, read straight from PostgreSQL:
 * not through the CMS, so the answer does not depend on which instances still run.
 */
export async function storedForslag(databaseUrl: string, keyPrefix: string): Promise<{ idempotensnyckel: string; kvitto: string }[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // LIKE with the prefix's own wildcards escaped: a key may contain "_".
    const pattern = `${keyPrefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const result = await client.query<{ idempotensnyckel: string; kvitto: string }>(
      'SELECT idempotensnyckel, kvitto FROM forslag WHERE idempotensnyckel LIKE $1 ORDER BY id',
      [pattern],
    );
    return result.rows;
  } finally {
    await client.end();
  }
}
