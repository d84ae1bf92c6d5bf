import { randomBytes } from 'node:crypto';
import { findFreePort } from '../lib/ports.ts';
import { AdminApi } from './admin-api.ts';
import { generateSecrets } from './dev-env.ts';
import { canUseSeedTemplate, createSeededPostgresDatabase } from './seed-template.ts';
import { type StrapiServer, startStrapi } from './strapi-process.ts';
import { createPostgresDatabase, TEST_REDIS_URL } from './test-databases.ts';

export interface ClusterInstance {
  /** http://127.0.0.1:PORT of this instance. */
  url: string;
  server: StrapiServer;
  /** False once the instance was killed. */
  running: boolean;
}

export interface CmsCluster {
  instances: ClusterInstance[];
  /** The one database every instance uses. */
  databaseUrl: string;
  /** The Redis key prefix of this cluster (VG_REDIS_PREFIX): no other run shares its counters. */
  redisPrefix: string;
  /** The super admin, registered through instance 1 (AdminApi.FIRST_ADMIN); undefined with `seed: false`. */
  admin: AdminApi | undefined;
  /** Ends instance `i` with a signal (SIGKILL: no shutdown, as a crash or the OOM killer) and waits for it to exit. */
  kill: (i: number, signal?: NodeJS.Signals) => Promise<void>;
  /** Stops every instance still running and drops the database. */
  dispose: () => Promise<void>;
}

export interface CmsClusterOptions {
  /** How many CMS processes; default 2. */
  instances?: number;
  /** Extra environment for every instance (S3 settings, intake limits, a rebuild webhook …). */
  env?: Record<string, string>;
  /** Load the demo content (through instance 1) and register the first super admin; default true. */
  seed?: boolean;
  /** Default: the test Redis (VG_TEST_REDIS_URL or 127.0.0.1:6379). */
  redisUrl?: string;
  /** Print the instances' log lines. */
  echo?: boolean;
}

/**
 * Several CMS processes as production runs them behind a load balancer: each on its own port,
 * all on ONE fresh PostgreSQL database with the SAME secrets (a session or token made by one is
 * valid on all) and the same Redis under a key prefix of their own. Instance 1 starts first and
 * alone, because it creates the schema (and loads the demo content); the others start after it
 * on the finished schema, one at a time.
 *
 * Redis keys are not removed afterwards: the only ones the CMS writes are rate-limit counters,
 * which expire with their one-minute window.
 */
export async function startCmsCluster(options: CmsClusterOptions = {}): Promise<CmsCluster> {
  const count = options.instances ?? 2;
  if (!Number.isInteger(count) || count < 1) throw new Error(`instances ska vara ett heltal ≥ 1, inte ${count}.`);
  const seed = options.seed ?? true;
  // In a test run, a copy of the run's seeded template (as startTempStrapi): instance 1's seed then finds everything there.
  const fromTemplate = seed && canUseSeedTemplate({ ...process.env, ...options.env, VG_SEED_DEMO: 'true' });
  const database = fromTemplate ? await createSeededPostgresDatabase() : await createPostgresDatabase();
  const redisPrefix = `vg-kluster-${randomBytes(4).toString('hex')}:`;
  const shared = {
    ...generateSecrets(),
    ...database.env,
    SERVE_ADMIN: 'false',
    REDIS_URL: options.redisUrl ?? TEST_REDIS_URL,
    VG_REDIS_PREFIX: redisPrefix,
    ...options.env,
  };
  const instances: ClusterInstance[] = [];

  const dispose = async () => {
    await Promise.all(instances.filter((i) => i.running).map((i) => i.server.stop()));
    for (const instance of instances) instance.running = false;
    await database.drop();
  };

  try {
    for (let i = 0; i < count; i++) {
      const port = await findFreePort();
      const env = i === 0 && seed ? { ...shared, VG_SEED_DEMO: 'true' } : shared;
      const server = await startStrapi({ port, env, timeoutMs: 300_000, echo: options.echo });
      instances.push({ url: server.url, server, running: true });
    }
    const admin = seed ? await AdminApi.registerFirstAdmin((instances[0] as ClusterInstance).url) : undefined;
    return {
      instances,
      databaseUrl: database.env.DATABASE_URL as string,
      redisPrefix,
      admin,
      kill: async (i, signal = 'SIGKILL') => {
        const instance = instances[i];
        if (!instance) throw new Error(`Det finns ingen instans ${i} (0–${instances.length - 1}).`);
        const exited = new Promise<void>((resolve) => {
          const { child } = instance.server;
          if (child.exitCode !== null || child.signalCode !== null) resolve();
          else child.once('exit', () => resolve());
        });
        instance.server.child.kill(signal);
        await exited;
        instance.running = false;
      },
      dispose,
    };
  } catch (err) {
    await dispose();
    throw err;
  }
}
