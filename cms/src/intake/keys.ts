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
      const created = await documents(strapi, INLAMNINGSNYCKEL_UID).create({
        data: { organisation: organisationDocumentId, nyckelHash: hashKey(nyckel), prefix: keyPrefix(nyckel), aktiv: true, skapad: now },
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
