/**
 * The preview token: a short-lived, signed permit to read one document's draft. The admin's
 * preview handler (preview-url.ts) issues it to an editor who may read that document; the draft
 * route (draft-route.ts) accepts nothing else. Only the CMS signs and checks it, so the key never
 * leaves the CMS: the preview service just passes the token on.
 *
 * Format: base64url(JSON payload) "." base64url(HMAC-SHA256). The payload names the content type,
 * documentId, locale and status, so a token for one entry opens no other.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface PreviewTarget {
  uid: string;
  documentId: string;
  locale: string | null;
  status: 'draft' | 'published';
}

interface Payload extends PreviewTarget {
  /** Expiry, seconds since the epoch. */
  exp: number;
}

export type TokenCheck = { ok: true; target: PreviewTarget } | { ok: false; reason: 'form' | 'signature' | 'expired' };

// A key of its own, derived from the admin's JWT secret: rotating that secret (after a leak) also
// voids every preview link, and no new secret has to be configured and kept.
export function previewKey(adminJwtSecret: string): Buffer {
  if (!adminJwtSecret) throw new Error('ADMIN_JWT_SECRET saknas: förhandsvisningens nycklar härleds ur den.');
  return createHmac('sha256', adminJwtSecret).update('valfardsguiden:forhandsvisning:v1').digest();
}

const sign = (key: Buffer, body: string) => createHmac('sha256', key).update(body).digest('base64url');

/** A token for `target` that works for `ttlSeconds` (VG_PREVIEW_TTL_SECONDS, validated in shared-schema's env). */
export function signPreviewToken(target: PreviewTarget, key: Buffer, ttlSeconds: number, now = Date.now()): string {
  const payload: Payload = { ...target, exp: Math.floor(now / 1000) + ttlSeconds };
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${body}.${sign(key, body)}`;
}

const TOKEN_FORM = /^[A-Za-z0-9_-]{1,2048}\.[A-Za-z0-9_-]{43}$/;

export function verifyPreviewToken(token: unknown, key: Buffer, now = Date.now()): TokenCheck {
  if (typeof token !== 'string' || !TOKEN_FORM.test(token)) return { ok: false, reason: 'form' };
  const [body, mac] = token.split('.') as [string, string];
  const expected = Buffer.from(sign(key, body));
  const given = Buffer.from(mac);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'signature' };
  let payload: Partial<Payload>;
  try {
    payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'form' };
  }
  const { uid, documentId, locale, status, exp } = payload;
  if (
    typeof uid !== 'string' ||
    typeof documentId !== 'string' ||
    !(typeof locale === 'string' || locale === null) ||
    (status !== 'draft' && status !== 'published') ||
    typeof exp !== 'number'
  )
    return { ok: false, reason: 'form' };
  if (exp * 1000 <= now) return { ok: false, reason: 'expired' };
  return { ok: true, target: { uid, documentId, locale, status } };
}
