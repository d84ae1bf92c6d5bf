import { HeadBucketCommand, S3Client, type S3ClientConfig } from '@aws-sdk/client-s3';
import type { Core } from '@strapi/strapi';

/** The part of the S3 provider's options (src/uploads/s3.ts) the check needs. */
interface S3ProviderOptions {
  s3Options: S3ClientConfig & { params: { Bucket: string } };
}

/**
 * Below the readiness route's own 1 s limit, so the request is aborted and its socket closed
 * here rather than left waiting after the probe has already answered 503.
 */
const S3_TIMEOUT_MS = 800;

/**
 * The bucket answers HeadBucket with the upload provider's own settings and credentials: the
 * same client options the media library uploads with, one attempt, no retries. 200 means the
 * bucket exists and the key may use it; 403 (wrong key) and 404 (no such bucket) fail the probe.
 */
export const s3Check = (strapi: Core.Strapi) => {
  const { s3Options } = strapi.config.get('plugin::upload.providerOptions') as S3ProviderOptions;
  const { params, ...clientOptions } = s3Options;
  const client = new S3Client({
    ...clientOptions,
    maxAttempts: 1,
    requestHandler: { connectionTimeout: S3_TIMEOUT_MS, requestTimeout: S3_TIMEOUT_MS },
  });
  return async (): Promise<void> => {
    try {
      await client.send(new HeadBucketCommand({ Bucket: params.Bucket }), { abortSignal: AbortSignal.timeout(S3_TIMEOUT_MS) });
    } catch (err) {
      throw s3Failure(err);
    }
  };
};

/**
 * An error carrying only a code (`S3_HTTP_404`, `ECONNREFUSED`, `TIMEOUT`): readiness.ts logs the
 * code alone, and the SDK's own messages can name the endpoint.
 */
function s3Failure(err: unknown): Error {
  const e = (err ?? {}) as { $metadata?: { httpStatusCode?: number }; code?: unknown; name?: unknown };
  const status = e.$metadata?.httpStatusCode;
  const code = status
    ? `S3_HTTP_${status}`
    : typeof e.code === 'string'
      ? e.code
      : e.name === 'AbortError' || e.name === 'TimeoutError'
        ? 'TIMEOUT'
        : 'S3_FEL';
  return Object.assign(new Error(`Bucketen för uppladdade filer svarar inte på HeadBucket (${code}).`), { code });
}
