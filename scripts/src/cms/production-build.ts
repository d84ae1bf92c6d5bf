/**
 * The CMS's production build, one function for every caller: `scripts/vg cms:build` (the
 * Dockerfile's build step) and the tests' global setup, so the image is built by exactly the
 * code every test run exercises. Steps: the shared schema package (the CMS imports its `dist`),
 * the admin panel with the server (`strapi build`), the server alone when the admin is current.
 * Each step is skipped when its inputs are unchanged since it last ran here; in a fresh checkout
 * (the Docker build) everything is built.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../lib/paths.ts';
import { run } from '../lib/processes.ts';
import { compileCms } from './strapi-process.ts';

const SCHEMA_DIR = path.join(ROOT, 'shared-schema');
const SCHEMA_STAMP = path.join(SCHEMA_DIR, 'dist', '.vg-build-stamp');

/** What shared-schema's `dist` is compiled from: its sources and its compiler settings. */
function sharedSchemaFingerprint(): string {
  const hash = createHash('sha256');
  for (const file of ['package.json', 'tsconfig.json', 'tsconfig.build.json'])
    hash.update(file).update(fs.readFileSync(path.join(SCHEMA_DIR, file)));
  const src = path.join(SCHEMA_DIR, 'src');
  for (const file of fs.readdirSync(src, { recursive: true, encoding: 'utf8' }).sort()) {
    const full = path.join(src, file);
    if (fs.statSync(full).isFile()) hash.update(file).update(fs.readFileSync(full));
  }
  return hash.digest('hex');
}

/**
 * Compiles shared-schema (what its `build` and `prepare` scripts run) when its sources changed.
 * `pnpm install` compiles it too, but an edit after the install would otherwise reach the CMS only
 * with the next install.
 */
async function ensureSharedSchemaBuilt(): Promise<boolean> {
  const want = sharedSchemaFingerprint();
  if (fs.existsSync(SCHEMA_STAMP) && fs.readFileSync(SCHEMA_STAMP, 'utf8') === want) return false;
  await run(process.execPath, [path.join(SCHEMA_DIR, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], {
    cwd: SCHEMA_DIR,
  });
  fs.writeFileSync(SCHEMA_STAMP, want);
  return true;
}

/** Builds whatever is out of date; `cms/dist` then holds the server and the admin panel `strapi start` serves. */
export async function buildCmsForProduction(): Promise<void> {
  await ensureSharedSchemaBuilt();
  // Loaded only now: it imports @vg/shared-schema, whose dist does not exist before the step above in a
  // fresh checkout (the Docker build installs without running shared-schema's `prepare`).
  const { ensureAdminBuilt } = await import('./admin-build.ts');
  // `strapi build` compiles the server as well; only a current admin leaves the server to compile alone.
  if (!(await ensureAdminBuilt())) await compileCms();
  // `strapi start` creates the migrations folder when it is missing, but in the image it runs as a
  // user who may not write to dist/: the build leaves the folder there, empty when no migration is.
  fs.mkdirSync(path.join(ROOT, 'cms', 'dist', 'database', 'migrations'), { recursive: true });
}
