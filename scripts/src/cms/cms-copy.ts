import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CMS_DIR } from '../lib/paths.ts';

export interface CmsCopy {
  /** The app folder: run Strapi with it as working directory (startTempStrapi's appDir). */
  dir: string;
  /** Its compiled output, where `strapi start` loads content types, config and migrations from. */
  dist: string;
  dispose: () => void;
}

/**
 * A throw-away copy of the compiled CMS, for tests that change the content model or add
 * migrations without touching cms/ (which other test files run at the same time). The
 * compiled server is copied, so it can be edited; dependencies, the labels and the
 * favicon are only linked. The admin bundle is left out: copies run with SERVE_ADMIN=false.
 */
export function copyCompiledCms(): CmsCopy {
  const source = path.join(CMS_DIR, 'dist');
  if (!fs.existsSync(path.join(source, 'src', 'index.js'))) {
    throw new Error('cms/dist saknas — kompilera CMS:et först (testernas global setup gör det).');
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vg-cms-app-'));
  const dist = path.join(dir, 'dist');
  for (const part of ['src', 'config', 'database']) {
    if (fs.existsSync(path.join(source, part))) fs.cpSync(path.join(source, part), path.join(dist, part), { recursive: true });
  }
  // Strapi reads outDir from tsconfig.json to find dist/ (and, for migrations, parses it with TypeScript).
  for (const file of ['package.json', 'tsconfig.json']) fs.copyFileSync(path.join(CMS_DIR, file), path.join(dir, file));
  fs.symlinkSync(path.join(CMS_DIR, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  fs.symlinkSync(path.join(CMS_DIR, 'favicon.png'), path.join(dir, 'favicon.png'));
  // The bootstrap reads the Swedish labels from the app's src/, not from dist/.
  fs.mkdirSync(path.join(dir, 'src'));
  fs.symlinkSync(path.join(CMS_DIR, 'src', 'labels'), path.join(dir, 'src', 'labels'), 'dir');
  fs.mkdirSync(path.join(dir, 'public', 'uploads'), { recursive: true });
  return { dir, dist, dispose: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
