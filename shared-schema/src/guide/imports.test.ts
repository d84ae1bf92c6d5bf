import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const DIR = path.dirname(fileURLToPath(import.meta.url));
const modules = fs.readdirSync(DIR).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));

/** The modules of this folder that `file` imports or re-exports from, type-only imports included. */
function siblingImports(file: string): string[] {
  const source = fs.readFileSync(path.join(DIR, file), 'utf8');
  const specifiers = [...source.matchAll(/(?:from|import)\s+['"](\.\/[^'"/]+)['"]/g)].map((m) => m[1] ?? '');
  return [...new Set(specifiers.map((s) => s.slice(2)).filter((s) => modules.includes(s)))];
}

/** Every import circle among the folder's modules, each as the path that closes it. */
function circles(): string[] {
  const found: string[] = [];
  const done = new Set<string>();
  const visit = (file: string, trail: string[]) => {
    if (trail.includes(file)) {
      found.push([...trail.slice(trail.indexOf(file)), file].join(' → '));
      return;
    }
    if (done.has(file)) return;
    for (const next of siblingImports(file)) visit(next, [...trail, file]);
    done.add(file);
  };
  for (const file of modules) visit(file, []);
  return found;
}

describe('shared-schema/src/guide, imports one way only', () => {
  it('has no import circles, not even through a type', () => {
    expect(circles()).toEqual([]);
  });

  it('keeps index-format.ts at the bottom: no zod, nothing from the schema', () => {
    const source = fs.readFileSync(path.join(DIR, 'index-format.ts'), 'utf8');
    expect(siblingImports('index-format.ts')).toEqual([]);
    expect(source).not.toMatch(/from\s+['"]zod['"]/);
  });
});
