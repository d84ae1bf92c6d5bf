import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '@vg/scripts/lib/paths.ts';
import { parse } from 'yaml';

export { ROOT };

export interface PackageJson {
  name?: string;
  packageManager?: string;
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

export const readText = (rel: string): string => fs.readFileSync(path.join(ROOT, rel), 'utf8');
export const readPackage = (rel: string): PackageJson => JSON.parse(readText(path.join(rel, 'package.json'))) as PackageJson;

/** The workspace's packages by name, with their folders (pnpm-workspace.yaml's list). */
export function workspacePackages(): Map<string, { dir: string; pkg: PackageJson }> {
  const dirs = (parse(readText('pnpm-workspace.yaml')) as { packages: string[] }).packages;
  const out = new Map<string, { dir: string; pkg: PackageJson }>();
  for (const dir of dirs) {
    const pkg = readPackage(dir);
    if (pkg.name) out.set(pkg.name, { dir, pkg });
  }
  return out;
}
