// The part of s3rver 3 (a local S3 API for tests; it ships no types) that s3-server.ts uses.
declare module 's3rver' {
  import type { IncomingHttpHeaders, Server } from 'node:http';

  interface S3rverContext {
    method: string;
    headers: IncomingHttpHeaders;
    status: number;
    type: string;
    body: unknown;
  }

  interface S3rverOptions {
    address?: string;
    port?: number;
    silent?: boolean;
    directory?: string;
    configureBuckets?: { name: string; configs?: string[] }[];
  }

  export default class S3rver {
    constructor(options: S3rverOptions);
    /** Koa's middleware list: what is put first runs before s3rver's own routes. */
    middleware: ((ctx: S3rverContext, next: () => Promise<void>) => Promise<void>)[];
    httpServer: Server | undefined;
    run(): Promise<{ address: string; port: number }>;
    close(): Promise<void>;
  }
}
