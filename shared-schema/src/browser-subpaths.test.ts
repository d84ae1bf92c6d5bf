import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as root from './index.ts';
import * as vocabulary from './vocabulary.ts';

const PACKAGE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(fs.readFileSync(path.join(PACKAGE_DIR, 'package.json'), 'utf8')) as {
  exports: Record<string, { default: string }>;
};

/** Subpaths for the build and the CMS server only: they use zod. */
const SERVER_SUBPATHS = ['.', './guide/build'];

/** The other subpaths are for browser bundles: `./dist/x.js` is compiled from `./src/x.ts`. */
const browserSubpaths = Object.entries(pkg.exports)
  .filter(([subpath]) => !SERVER_SUBPATHS.includes(subpath))
  .map(([subpath, target]) => ({
    subpath,
    source: path.join(PACKAGE_DIR, target.default.replace(/^\.\/dist\//, 'src/').replace(/\.js$/, '.ts')),
  }));

/** `import … from` and `export … from`, but not `import type`/`export type` (erased when compiled). */
const VALUE_IMPORT = /^\s*(?:import|export)\s+(?!type\b)[^;]*?\bfrom\s*['"]([^'"]+)['"]/gm;

/** A module and every module it imports values from, transitively (relative imports only). */
function valueImportsFrom(source: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const m of fs.readFileSync(file, 'utf8').matchAll(VALUE_IMPORT)) {
      const spec = m[1] ?? '';
      if (spec.startsWith('.')) visit(path.resolve(path.dirname(file), spec));
    }
  };
  visit(source);
  return [...seen];
}

describe('the browser subpaths of @vg/shared-schema', () => {
  it('exist for the vocabulary and the form helpers', () => {
    expect(browserSubpaths.map((s) => s.subpath)).toEqual(
      expect.arrayContaining(['./vocabulary', './paths', './klarsprak', './intake/form', './intake/protocol']),
    );
  });

  it('include the guide engine', () => {
    expect(browserSubpaths.map((s) => s.subpath)).toContain('./guide');
  });

  it.each(browserSubpaths)('$subpath reaches no package, so zod never reaches a browser bundle through it', ({ source }) => {
    const files = valueImportsFrom(source);
    for (const file of files) {
      const code = fs.readFileSync(file, 'utf8');
      const specifiers = [...code.matchAll(VALUE_IMPORT)].map((m) => m[1] ?? '');
      expect(
        specifiers.filter((s) => !s.startsWith('.')),
        path.relative(PACKAGE_DIR, file),
      ).toEqual([]);
      expect(code, path.relative(PACKAGE_DIR, file)).not.toMatch(/\bimport\s*\(|\brequire\s*\(/);
    }
  });

  it('are the very values the schemas use (the root re-exports them, no copies)', () => {
    for (const [name, value] of Object.entries(vocabulary)) expect(root[name as keyof typeof root], name).toBe(value);
  });
});
