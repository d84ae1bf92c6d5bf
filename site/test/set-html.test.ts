import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const srcDir = path.resolve(import.meta.dirname, '..', 'src');
/**
 * The only files allowed to output raw HTML: the rich-text component (renderer HTML only), JSON-LD
 * (escaped JSON) and the inline scripts (constants chosen by name).
 */
const ALLOWED = ['components/RichText/RichText.astro', 'components/JsonLd/JsonLd.astro', 'components/InlineScript/InlineScript.astro'];

describe('set:html', () => {
  it('is used only where the HTML is known to be safe', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, e.name);
        if (e.isDirectory()) walk(full);
        else if (/\.(astro|ts|tsx)$/.test(e.name) && !e.name.endsWith('.test.ts')) {
          const rel = path.relative(srcDir, full).split(path.sep).join('/');
          if (fs.readFileSync(full, 'utf8').includes('set:html') && !ALLOWED.includes(rel)) offenders.push(rel);
        }
      }
    };
    walk(srcDir);
    expect(offenders).toEqual([]);
  });
});
