import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveStaticFile } from './static-server.ts';

describe('resolveStaticFile', () => {
  let root: string;
  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'vg-static-'));
    fs.mkdirSync(path.join(root, 'vagval', 'jonsbo'), { recursive: true });
    fs.writeFileSync(path.join(root, 'index.html'), 'start');
    fs.writeFileSync(path.join(root, 'vagval', 'jonsbo', 'index.html'), 'jonsbo');
    fs.writeFileSync(path.join(root, 'sitemap.xml'), '<urlset/>');
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('maps page URLs to their index.html the way static hosts do', () => {
    expect(resolveStaticFile(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveStaticFile(root, '/vagval/jonsbo')).toBe(path.join(root, 'vagval', 'jonsbo', 'index.html'));
    expect(resolveStaticFile(root, '/vagval/jonsbo/?utm=x')).toBe(path.join(root, 'vagval', 'jonsbo', 'index.html'));
    expect(resolveStaticFile(root, '/sitemap.xml')).toBe(path.join(root, 'sitemap.xml'));
  });

  it('never serves files outside the site folder', () => {
    expect(resolveStaticFile(root, '/../../etc/passwd')).toBeNull();
    expect(resolveStaticFile(root, '/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
    expect(resolveStaticFile(root, '/%E0%A4%A')).toBeNull();
    expect(resolveStaticFile(root, '/finns-inte')).toBeNull();
  });
});
