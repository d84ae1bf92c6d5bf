import { CSP_DEFAULTS } from '@strapi/utils';
import type { S3Settings } from '@vg/shared-schema';

/** The upload plugin's provider name for `@strapi/provider-upload-aws-s3` (and the readiness check's key). */
export const S3_PROVIDER = 'aws-s3';

/**
 * The upload plugin's provider settings for S3-compatible storage (`@strapi/provider-upload-aws-s3`).
 *
 * - `baseUrl` is always set: a file's URL is then the public address plus its key, whatever the
 *   provider answers as Location (some S3-compatible servers answer without a host), and it is the
 *   one origin the admin's CSP must allow.
 * - `ACL` is present but undefined, so the provider sends no ACL header: it would otherwise send
 *   `public-read`, which Amazon buckets refuse since ACLs are off by default (April 2023), and R2
 *   does not support. Make the files readable with a bucket policy or serve them through a CDN.
 */
export function s3UploadProvider(s3: S3Settings) {
  return {
    provider: S3_PROVIDER,
    providerOptions: {
      baseUrl: s3.publicUrl,
      s3Options: {
        credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
        region: s3.region,
        ...(s3.endpoint ? { endpoint: s3.endpoint } : {}),
        forcePathStyle: s3.forcePathStyle,
        params: { Bucket: s3.bucket, ACL: undefined },
      },
    },
  };
}

/**
 * The strapi::security middleware with the files' origin added to img-src and media-src, so the
 * media library shows thumbnails and previews from the bucket. Strapi's defaults are repeated:
 * the middleware fills a shorter list from its defaults position by position (lodash
 * defaultsDeep), so a list must hold them all to come out as written.
 */
export function securityWithUploadsOrigin(s3: S3Settings) {
  const origin = new URL(s3.publicUrl).origin;
  return {
    name: 'strapi::security',
    config: {
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          'img-src': [...CSP_DEFAULTS['img-src'], origin],
          'media-src': [...CSP_DEFAULTS['media-src'], origin],
        },
      },
    },
  };
}
