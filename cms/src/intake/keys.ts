import { createHash, randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { INLAMNINGSNYCKEL_UID } from '@vg/shared-schema';
import { asIntakeCode } from '../access/intake-writes';
import { documents } from '../bootstrap/documents';

/**
 * Submission keys: `vg_` and 32 random characters (192 bits). Only a SHA-256 of
 * the key is stored. A slow hash (scrypt) protects guessable passwords; these
 * keys are random and long, so a fast hash is as safe and lets us look a key up
 * by its hash.
 */
export const hashKey = (key: string) => createHash('sha256').update(key, 'utf8').digest('hex');
export const newKey = () => `vg_${randomBytes(24).toString('base64url')}`;
export const keyPrefix = (key: string) => key.slice(0, 10);

export interface KeyRow {
  id: number;
  documentId: string;
  aktiv: boolean;
  organisation: { id: number; documentId: string; slug: string } | null;
}

/** A key's title in the admin: the organisation, the day it was made and its first characters, never its hash. */
export function keyTitle(organisation: string | null | undefined, skapad: string | Date, prefix: string): string {
  const day = new Date(skapad).toISOString().slice(0, 10);
  return `${organisation || 'Okänd organisation'}, ${day} (${prefix}…)`;
}

const ORGANISATION_UID = 'api::organisation.organisation';

/** The organisation's key that works now, or null: what the organisation page and "Skapa ny inlämningsnyckel" tell. */
export async function activeKeyOf(
  strapi: Core.Strapi,
  organisationDocumentId: string,
): Promise<{ documentId: string; prefix: string; skapad: string; titel: string | null } | null> {
  return ((await strapi.db.query(INLAMNINGSNYCKEL_UID).findOne({
    where: { organisation: { documentId: organisationDocumentId }, aktiv: true },
    select: ['documentId', 'prefix', 'skapad', 'titel'],
    orderBy: { skapad: 'desc' },
  })) ?? null) as { documentId: string; prefix: string; skapad: string; titel: string | null } | null;
}

/** Gives keys made before keys had titles theirs (organisation and date). Safe to re-run. */
export async function titleUntitledKeys(strapi: Core.Strapi): Promise<void> {
  const rows = (await strapi.db.query(INLAMNINGSNYCKEL_UID).findMany({
    where: { titel: { $null: true } },
    select: ['id', 'prefix', 'skapad'],
    populate: { organisation: { select: ['namn'] } },
  })) as { id: number; prefix: string; skapad: string; organisation: { namn: string } | null }[];
  for (const r of rows)
    await strapi.db
      .query(INLAMNINGSNYCKEL_UID)
      .update({ where: { id: r.id }, data: { titel: keyTitle(r.organisation?.namn, r.skapad, r.prefix) } });
}

/** The key row for a submitted key, or null when no key has that hash. */
export async function findKey(strapi: Core.Strapi, key: string): Promise<KeyRow | null> {
  return (await strapi.db.query(INLAMNINGSNYCKEL_UID).findOne({
    where: { nyckelHash: hashKey(key) },
    select: ['id', 'documentId', 'aktiv'],
    populate: { organisation: { select: ['id', 'documentId', 'slug'] } },
  })) as KeyRow | null;
}

/**
 * Issues a new key for an organisation and deactivates its earlier ones (rotation),
 * in one transaction. Returns the plain key: the only time it exists outside the sender.
 */
export async function issueKey(
  strapi: Core.Strapi,
  organisationDocumentId: string,
): Promise<{ nyckel: string; prefix: string; documentId: string }> {
  return asIntakeCode(() =>
    strapi.db.transaction(async () => {
      const now = new Date().toISOString();
      const active = (await strapi.db.query(INLAMNINGSNYCKEL_UID).findMany({
        where: { organisation: { documentId: organisationDocumentId }, aktiv: true },
        select: ['id'],
      })) as { id: number }[];
      if (active.length > 0) {
        await strapi.db
          .query(INLAMNINGSNYCKEL_UID)
          .updateMany({ where: { id: { $in: active.map((k) => k.id) } }, data: { aktiv: false, aterkallad: now } });
      }
      const nyckel = newKey();
      const org = (await strapi.db
        .query(ORGANISATION_UID)
        .findOne({ where: { documentId: organisationDocumentId }, select: ['namn'] })) as {
        namn?: string;
      } | null;
      const prefix = keyPrefix(nyckel);
      const created = await documents(strapi, INLAMNINGSNYCKEL_UID).create({
        data: {
          titel: keyTitle(org?.namn, now, prefix),
          organisation: organisationDocumentId,
          nyckelHash: hashKey(nyckel),
          prefix,
          aktiv: true,
          skapad: now,
        },
      });
      return { nyckel, prefix: keyPrefix(nyckel), documentId: created.documentId };
    }),
  );
}

/** Revokes a key: it stops working at once. Returns false when there is no such key. */
export async function revokeKey(strapi: Core.Strapi, documentId: string): Promise<boolean> {
  const row = await strapi.db.query(INLAMNINGSNYCKEL_UID).findOne({ where: { documentId }, select: ['id'] });
  if (!row) return false;
  await strapi.db
    .query(INLAMNINGSNYCKEL_UID)
    .update({ where: { documentId }, data: { aktiv: false, aterkallad: new Date().toISOString() } });
  return true;
}
