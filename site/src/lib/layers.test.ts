import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const LIB = path.dirname(fileURLToPath(import.meta.url));

describe('site/src/lib, the layer below the components', () => {
  it('takes nothing from the components: their prop types live in view-models.ts', () => {
    const offenders = fs
      .readdirSync(LIB)
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
      .filter((file) => /from\s+['"][^'"]*\/components\//.test(fs.readFileSync(path.join(LIB, file), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
