import fs from 'node:fs/promises';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { S3_PROVIDER } from '../uploads/s3';
import { s3Check } from './s3';

type StorageCheck = (strapi: Core.Strapi) => () => Promise<void>;

/** Strapi's local provider writes uploads under the public folder: it must be writable. */
const localUploads: StorageCheck = (strapi) => async () => {
  await fs.access(path.join(strapi.dirs.static.public, 'uploads'), fs.constants.W_OK);
};

/**
 * One check per upload provider (`plugin::upload.provider` in config/plugins.ts): a writable
 * uploads folder, or a bucket that answers HeadBucket with the provider's credentials. A new
 * provider gets its entry here in the same change that configures it.
 */
const STORAGE_CHECKS: Record<string, StorageCheck> = {
  local: localUploads,
  [S3_PROVIDER]: s3Check,
};

/** The check for the configured upload provider; a provider without one stops the start. */
export function storageCheck(strapi: Core.Strapi): () => Promise<void> {
  const provider = String(strapi.config.get('plugin::upload.provider', 'local'));
  const check = STORAGE_CHECKS[provider];
  if (!check) {
    throw new Error(
      `Beredskapskontrollen (/_ready) har ingen kontroll för uppladdningsleverantören "${provider}" — lägg till en i cms/src/health/storage.ts.`,
    );
  }
  return check(strapi);
}
