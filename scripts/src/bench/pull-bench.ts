import fs from 'node:fs';
import path from 'node:path';
import { AdminApi } from '../cms/admin-api.ts';
import { createBuildToken } from '../cms/build-token.ts';
import { generateSecrets } from '../cms/dev-env.ts';
import { compileCms, startStrapi } from '../cms/strapi-process.ts';
import { findFreePort } from '../lib/ports.ts';
import { pull } from '../pull/pull.ts';
import { type SeedFiles, writeSeedFiles } from './generate-content.ts';

export interface PullBench {
  /** From starting Strapi to its health check answering: boot plus the seed through the document service. */
  startAndSeedMs: number;
  /** The seed alone, as the CMS logged it ("Demoinnehåll: … på N ms"); null if the line was not found. */
  seedMs: number | null;
  /** Entries the seed created. */
  seeded: number | null;
  /** The pull: fetch every published entry, validate, normalise, write the snapshot. */
  pullMs: number;
  counts: Record<string, number>;
  errors: number;
  written: boolean;
}

let compiled = false;

/**
 * A throw-away CMS (SQLite) seeded with the synthetic content through its own
 * document service (VG_SEED_DEMO with VG_SEED_DATA_DIR), a read-only build token,
 * and a timed pull into `workDir`.
 */
export async function benchPull(files: SeedFiles, workDir: string, log: (line: string) => void): Promise<PullBench> {
  if (!compiled) {
    log('  kompilerar CMS:et …');
    try {
      await compileCms();
    } catch {
      throw new Error(
        'CMS:et kompilerar inte just nu (TypeScript-fel i cms/src, se utskriften ovan), så det syntetiska innehållet kan inte laddas',
      );
    }
    compiled = true;
  }
  const dataDir = path.join(workDir, 'seed-data');
  writeSeedFiles(dataDir, files);
  const port = await findFreePort();
  const env = {
    ...generateSecrets(),
    DATABASE_FILENAME: path.join(workDir, 'cms.db'),
    SERVE_ADMIN: 'false',
    VG_SEED_DEMO: 'true',
    VG_SEED_DATA_DIR: dataDir,
  };
  log('  startar CMS:et och laddar innehållet (kan ta några minuter) …');
  const started = performance.now();
  const server = await startStrapi({ port, env, timeoutMs: 60 * 60_000 });
  const startAndSeedMs = performance.now() - started;
  try {
    const seedLine = /Demoinnehåll: (\d+) nya poster på (\d+) ms/.exec(server.log());
    await AdminApi.registerFirstAdmin(server.url);
    const token = await createBuildToken(server.url, AdminApi.FIRST_ADMIN.email, AdminApi.FIRST_ADMIN.password);
    log('  hämtar (pull) …');
    const result = await pull({
      cmsUrl: server.url,
      token,
      out: path.join(workDir, 'pulled-snapshot.json'),
      reportFile: path.join(workDir, 'pull-report.json'),
      allowInvalid: false,
    });
    return {
      startAndSeedMs,
      seedMs: seedLine ? Number(seedLine[2]) : null,
      seeded: seedLine ? Number(seedLine[1]) : null,
      pullMs: result.ms,
      counts: result.counts,
      errors: result.problems.filter((p) => p.severity === 'error').length,
      written: result.written,
    };
  } finally {
    await server.stop();
    // The CMS runs SQLite in WAL mode: a -wal file left beside a later cms.db would be replayed into it.
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(path.join(workDir, `cms.db${suffix}`), { force: true });
  }
}
