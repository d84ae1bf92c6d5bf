import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { formatHeadersFile } from './headers-file.ts';
import { createStaticServer, resolveStaticFile } from './static-server.ts';

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

describe('createStaticServer', () => {
  let root: string;
  const get = async (urlPath: string) => {
    const server = createStaticServer(root);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      return await fetch(`http://127.0.0.1:${(server.address() as { port: number }).port}${urlPath}`);
    } finally {
      server.close();
    }
  };
  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'vg-static-'));
    fs.writeFileSync(path.join(root, 'index.html'), 'start');
    fs.writeFileSync(path.join(root, '404.html'), 'finns inte');
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it("sends the headers of the build's _headers with every file, the 404 page too", async () => {
    fs.writeFileSync(path.join(root, '_headers'), formatHeadersFile([{ name: 'X-Content-Type-Options', value: 'nosniff' }]));
    const page = await get('/');
    expect(page.status).toBe(200);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const missing = await get('/finns-inte');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves a site built without _headers, and says so once', async () => {
    fs.rmSync(path.join(root, '_headers'), { force: true });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const page = await get('/');
      expect(page.status).toBe(200);
      expect(page.headers.get('x-content-type-options')).toBeNull();
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(/_headers saknas/));
    } finally {
      warn.mockRestore();
    }
  });
});
