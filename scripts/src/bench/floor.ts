import fs from 'node:fs';
import path from 'node:path';
import { SITE_DIR } from '../lib/paths.ts';
import { type ChildMeasurement, measureChild } from './measure.ts';

const ASTRO_BIN = path.join(SITE_DIR, 'node_modules', 'astro', 'bin', 'astro.mjs');

/**
 * The floor: a throw-away Astro project with one `[slug].astro` page over `pages`
 * slugs, using the site's own Astro (node_modules symlinked), built the same way.
 * What no amount of work on our pages can beat on this machine.
 */
export function writeFloorProject(dir: string, pages: number): void {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'src', 'pages'), { recursive: true });
  fs.symlinkSync(path.join(SITE_DIR, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  fs.writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify({ name: 'vg-bench-floor', private: true, type: 'module' })}\n`);
  fs.writeFileSync(path.join(dir, 'astro.config.mjs'), "export default { output: 'static' };\n");
  fs.writeFileSync(
    path.join(dir, 'src', 'pages', '[slug].astro'),
    `---
export function getStaticPaths() {
  return Array.from({ length: ${pages} }, (_, i) => ({ params: { slug: \`sida-\${i}\` }, props: { n: i } }));
}
const { n } = Astro.props;
---
<html lang="sv"><head><meta charset="utf-8"><title>Sida {n}</title></head><body><main><h1>Sida {n}</h1><p>En minimal sida.</p></main></body></html>
`,
  );
}

export async function buildFloor(dir: string, pages: number): Promise<ChildMeasurement & { pages: number }> {
  writeFloorProject(dir, pages);
  const result = await measureChild(process.execPath, [ASTRO_BIN, 'build'], {
    cwd: dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return { ...result, pages };
}
