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

/** The subpaths other than the root are for browser bundles: `./dist/x.js` is compiled from `./src/x.ts`. */
const browserSubpaths = Object.entries(pkg.exports)
  .filter(([subpath]) => subpath !== '.')
  .map(([subpath, target]) => ({
    subpath,
    source: path.join(PACKAGE_DIR, target.default.replace(/^\.\/dist\//, 'src/').replace(/\.js$/, '.ts')),
  }));

describe('the browser subpaths of @vg/shared-schema', () => {
  it('exist for the vocabulary and the form helpers', () => {
    expect(browserSubpaths.map((s) => s.subpath)).toEqual(
      expect.arrayContaining(['./vocabulary', './paths', './klarsprak', './intake/form', './intake/protocol']),
    );
  });

  it.each(browserSubpaths)('$subpath imports nothing, so zod never reaches a browser bundle through it', ({ source }) => {
    const code = fs.readFileSync(source, 'utf8');
    expect(code).not.toMatch(/^\s*(import|export)\b[^;]*\bfrom\s*['"]/m);
    expect(code).not.toMatch(/\bimport\s*\(|\brequire\s*\(/);
  });

  it('are the very values the schemas use (the root re-exports them, no copies)', () => {
    for (const [name, value] of Object.entries(vocabulary)) expect(root[name as keyof typeof root], name).toBe(value);
  });
});
