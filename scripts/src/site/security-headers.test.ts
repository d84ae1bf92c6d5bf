import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatHeadersFile, parseHeadersFile } from './headers-file.ts';
import { hashSource } from './inline-code.ts';
import { contentSecurityPolicy, securityHeaders, writeSecurityHeaders } from './security-headers.ts';

const directives = (csp: string) => new Map(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)] as const));

describe('contentSecurityPolicy', () => {
  const csp = contentSecurityPolicy({
    scriptHashes: ["'sha256-b'", "'sha256-a'", "'sha256-b'"],
    styleHashes: ["'sha256-s'"],
    cmsOrigin: 'https://cms.example.se/',
  });

  it('allows the site, its hashed inline code, and the CMS for the forms only', () => {
    expect(csp).toBe(
      [
        "default-src 'self'",
        "script-src 'self' 'wasm-unsafe-eval' 'sha256-a' 'sha256-b'",
        "style-src 'self' 'sha256-s'",
        "img-src 'self'",
        "connect-src 'self' https://cms.example.se",
        "form-action 'self' https://cms.example.se",
        "frame-ancestors 'none'",
        "base-uri 'none'",
        "object-src 'none'",
      ].join('; '),
    );
  });

  it('never allows inline code or eval without a hash', () => {
    expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'/);
  });

  it('names the CMS in connect-src and form-action and nowhere else', () => {
    const withCms = [...directives(csp)].filter(([, sources]) => sources.includes('https://cms.example.se')).map(([name]) => name);
    expect(withCms).toEqual(['connect-src', 'form-action']);
  });

  it('allows images from the site and from each given image origin, sorted, once', () => {
    const withImages = contentSecurityPolicy({
      scriptHashes: [],
      styleHashes: [],
      cmsOrigin: 'https://cms.example.se',
      imageOrigins: ['https://filer.example.se', 'https://cdn.example.se', 'https://filer.example.se'],
    });
    expect(directives(withImages).get('img-src')).toEqual(["'self'", 'https://cdn.example.se', 'https://filer.example.se']);
    expect(directives(withImages).get('default-src')).toEqual(["'self'"]);
  });

  it('uses only the origin of the CMS address, not its path', () => {
    const other = contentSecurityPolicy({ scriptHashes: [], styleHashes: [], cmsOrigin: 'http://127.0.0.1:1337/api' });
    expect(directives(other).get('connect-src')).toEqual(["'self'", 'http://127.0.0.1:1337']);
  });
});

describe('securityHeaders', () => {
  it('sends the policy with nosniff, referrer, permissions, opener and frame headers', () => {
    const names = securityHeaders("default-src 'self'").map((h) => h.name);
    expect(names).toEqual([
      'Content-Security-Policy',
      'X-Content-Type-Options',
      'Referrer-Policy',
      'Permissions-Policy',
      'Cross-Origin-Opener-Policy',
      'X-Frame-Options',
    ]);
    const permissions = securityHeaders('').find((h) => h.name === 'Permissions-Policy')?.value ?? '';
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'browsing-topics']) {
      expect(permissions).toContain(`${feature}=()`);
    }
  });
});

describe('writeSecurityHeaders', () => {
  const dirs: string[] = [];
  const dist = (pages: Record<string, string>) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vg-headers-'));
    dirs.push(dir);
    for (const [file, html] of Object.entries(pages)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), html);
    }
    return dir;
  };
  afterEach(() => {
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });

  it('hashes the inline code of every page into one policy and writes _headers, nginx and Caddy files', () => {
    const dir = dist({
      'index.html': '<script type="module">lyssna()</script><script type="application/ld+json">{"a":1}</script>',
      'sok/index.html': '<script type="module">lyssna()</script><style>.sok{}</style>',
    });
    const result = writeSecurityHeaders(dir, { VG_CMS_PUBLIC_URL: 'https://cms.example.se' });
    expect(result).toMatchObject({ scriptHashes: 1, styleHashes: 1, pages: 2 });
    const csp = result.headers[0]?.value ?? '';
    expect(csp).toContain(`script-src 'self' 'wasm-unsafe-eval' ${hashSource('lyssna()')};`);
    expect(csp).toContain(`style-src 'self' ${hashSource('.sok{}')};`);
    expect(csp).not.toContain(hashSource('{"a":1}'));
    const written = fs.readFileSync(path.join(dir, '_headers'), 'utf8');
    expect(written).toBe(formatHeadersFile(result.headers));
    expect(parseHeadersFile(written)[0]?.headers).toEqual(result.headers);
    expect(fs.readFileSync(path.join(dir, '_headers.nginx.conf'), 'utf8')).toContain("connect-src 'self' https://cms.example.se");
    expect(fs.readFileSync(path.join(dir, '_headers.caddy'), 'utf8')).toContain('X-Frame-Options "DENY"');
  });

  it("allows the bucket's origin in img-src when a page shows a story image from S3, and no other origin", () => {
    // A story's image as the snapshot holds it when the CMS keeps uploads on S3 (S3_PUBLIC_URL).
    const s3Image = 'https://vg-uppladdningar.s3.eu-north-1.amazonaws.com/vaxthuset_3f2a.png';
    const dir = dist({
      'index.html': '<img src="/favicon.svg" alt=""><img src="data:image/png;base64,AAAA" alt="">',
      'berattelser/anna/index.html': `<article><img src="${s3Image}" alt="Ett växthus" width="400" height="300" loading="lazy"></article>`,
      'berattelser/bo/index.html':
        '<picture><source srcset="https://cdn.example.se/a.avif 1x, https://cdn.example.se/a@2x.avif 2x" type="image/avif">' +
        '<img src="/bild.png" srcset="/bild-640.png 640w, https://filer.example.se/bild.png?w=1280&amp;q=80 1280w" alt=""></picture>' +
        '<a href="https://lankad.example.se/bild.png">länk</a><video><source src="https://media.example.se/film.mp4"></video>',
    });
    const csp = writeSecurityHeaders(dir, { VG_CMS_PUBLIC_URL: 'https://cms.example.se' }).headers[0]?.value ?? '';
    expect(directives(csp).get('img-src')).toEqual([
      "'self'",
      'https://cdn.example.se',
      'https://filer.example.se',
      'https://vg-uppladdningar.s3.eu-north-1.amazonaws.com',
    ]);
    expect(csp).not.toMatch(/(^|\s)(https:|\*|data:)(\s|;|$)/);
    expect(directives(csp).get('default-src')).toEqual(["'self'"]);
    expect(fs.readFileSync(path.join(dir, '_headers'), 'utf8')).toContain(
      "img-src 'self' https://cdn.example.se https://filer.example.se https://vg-uppladdningar.s3.eu-north-1.amazonaws.com;",
    );
  });

  it('allows no image origin but the site when the pages show only their own images', () => {
    const csp = writeSecurityHeaders(
      dist({ 'index.html': '<img src="/bild.png" alt=""><img src="http://s3.example.se/x.png" alt="">' }),
      {},
    ).headers[0]?.value;
    expect(directives(csp ?? '').get('img-src')).toEqual(["'self'"]);
  });

  it('defaults the CMS to the local one, as the forms do', () => {
    const result = writeSecurityHeaders(dist({ 'index.html': '<p>x</p>' }), {});
    expect(result.headers[0]?.value).toContain("form-action 'self' http://localhost:1337;");
  });

  it('stops the build naming the page and attribute a strict policy would block', () => {
    const dir = dist({ 'vagval/index.html': '<p style="margin:0">x</p>' });
    expect(() => writeSecurityHeaders(dir, {})).toThrow(/vagval\/index\.html: <p style="margin:0">[\s\S]*klass i komponentens CSS/);
    expect(fs.existsSync(path.join(dir, '_headers'))).toBe(false);
  });
});
