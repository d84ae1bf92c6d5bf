/**
 * The static site's security headers, written by every build after Pagefind (buildSite) into
 * `dist/_headers` and the nginx and Caddy snippets beside it; the local static server reads
 * `_headers`, so tests and `scripts/vg start` get exactly what a host sends.
 *
 * One Content-Security-Policy for the whole site, without 'unsafe-inline': Astro inlines small
 * scripts (the Lyssna button, the island loader) and styles into the pages, so the build hashes
 * every inline script and style it finds in the built HTML (inline-code.ts) instead. Astro's own
 * `security.csp` writes a <meta> policy per page; a meta policy cannot carry frame-ancestors, and
 * the policy must reach the host as a header anyway. One policy for every page keeps `_headers`
 * to one rule (hosts combine overlapping rules in ways that differ) at the cost that a script
 * hash allowed on one page is allowed on all — every hash is of our own build output.
 */
import fs from 'node:fs';
import path from 'node:path';
import { siteBuildEnv } from '@vg/shared-schema';
import { UserError } from '../lib/processes.ts';
import { CADDY_FILE, formatCaddy, formatHeadersFile, formatNginx, HEADERS_FILE, NGINX_FILE, type ResponseHeader } from './headers-file.ts';
import { scanInlineCode } from './inline-code.ts';
import { htmlFiles } from './search-index.ts';

export interface PolicySources {
  /** `'sha256-…'` hash sources of the inline scripts and styles of every page. */
  scriptHashes: Iterable<string>;
  styleHashes: Iterable<string>;
  /** Where the forms post and the submission script sends its requests (origin of VG_CMS_PUBLIC_URL). */
  cmsOrigin: string;
  /** The https origins the built pages' images load from besides the site (the CMS's bucket or CDN). */
  imageOrigins?: Iterable<string>;
}

const sorted = (values: Iterable<string>) => [...new Set(values)].sort();

/** The policy text: directives in a fixed order, hashes sorted, so the same pages give the same header. */
export function contentSecurityPolicy({ scriptHashes, styleHashes, cmsOrigin, imageOrigins = [] }: PolicySources): string {
  const origin = new URL(cmsOrigin).origin;
  const directives: [string, ...string[]][] = [
    // Everything not named below (fonts, the web worker of a large search index) from the site only.
    ['default-src', "'self'"],
    // 'wasm-unsafe-eval' lets /sok compile Pagefind's search engine (wasm.sv.pagefind) with
    // WebAssembly.instantiate; it allows WebAssembly only, never eval() or new Function().
    ['script-src', "'self'", "'wasm-unsafe-eval'", ...sorted(scriptHashes)],
    ['style-src', "'self'", ...sorted(styleHashes)],
    // Images from the site, and from exactly the origins the built pages show images from: a
    // story's image is an absolute address in the snapshot (the bucket's S3_PUBLIC_URL or a CDN),
    // shown as it is, never copied into the build.
    ['img-src', "'self'", ...sorted([...imageOrigins].map((o) => new URL(o).origin))],
    // The submission and feedback scripts send to the CMS; without JavaScript the forms post to it.
    ['connect-src', "'self'", origin],
    ['form-action', "'self'", origin],
    ['frame-ancestors', "'none'"],
    ['base-uri', "'none'"],
    ['object-src', "'none'"],
  ];
  return directives.map((d) => d.join(' ')).join('; ');
}

/**
 * Features the site never uses, denied to it and to anything it might embed. Only names this
 * Chromium knows: an unknown one prints a console error on every page (Chromium 156 no longer
 * knows bluetooth, battery or ambient-light-sensor). speaker-selection stays allowed: Lyssna speaks.
 */
const DENIED_FEATURES = [
  'accelerometer',
  'browsing-topics',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'interest-cohort',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'publickey-credentials-get',
  'serial',
  'usb',
  'xr-spatial-tracking',
];

/** Every header the site is served with, the policy first. */
export function securityHeaders(csp: string): ResponseHeader[] {
  return [
    { name: 'Content-Security-Policy', value: csp },
    { name: 'X-Content-Type-Options', value: 'nosniff' },
    // Other sites learn only that a visitor came from Välfärdsguiden, never which page (a page can
    // name a life situation). Not no-referrer or same-origin: with those a form posted to the CMS
    // without JavaScript carries `Origin: null`, which the CMS's intake routes refuse.
    { name: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { name: 'Permissions-Policy', value: DENIED_FEATURES.map((f) => `${f}=()`).join(', ') },
    { name: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    // frame-ancestors 'none' for browsers that predate it.
    { name: 'X-Frame-Options', value: 'DENY' },
  ];
}

export interface SecurityHeadersResult {
  headers: ResponseHeader[];
  scriptHashes: number;
  styleHashes: number;
  pages: number;
}

/**
 * Scans every page in `distDir`, writes `_headers`, `_headers.nginx.conf` and `_headers.caddy`
 * there. `env` is the build's environment (VG_CMS_PUBLIC_URL, as the forms read it). Throws,
 * naming page and attribute, when a page has inline attributes the policy would block.
 */
export function writeSecurityHeaders(distDir: string, env: Record<string, string | undefined>): SecurityHeadersResult {
  const root = path.resolve(distDir);
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const images = new Set<string>();
  const blocked: string[] = [];
  const pages = htmlFiles(root);
  for (const file of pages) {
    const found = scanInlineCode(fs.readFileSync(file, 'utf8'));
    for (const h of found.scriptHashes) scripts.add(h);
    for (const h of found.styleHashes) styles.add(h);
    for (const o of found.imageOrigins) images.add(o);
    for (const a of found.blockedAttributes) blocked.push(`${path.relative(root, file)}: ${a.length > 120 ? `${a.slice(0, 117)}…` : a}`);
  }
  if (blocked.length > 0) {
    throw new UserError(
      `${blocked.length} inbäddade attribut stoppas av webbplatsens CSP (utan 'unsafe-inline'):\n  ${blocked.slice(0, 10).join('\n  ')}\n` +
        'Flytta stilen till en klass i komponentens CSS och skriptet till komponentens <script>.',
    );
  }
  const csp = contentSecurityPolicy({
    scriptHashes: scripts,
    styleHashes: styles,
    cmsOrigin: siteBuildEnv(env).VG_CMS_PUBLIC_URL,
    imageOrigins: images,
  });
  const headers = securityHeaders(csp);
  fs.writeFileSync(path.join(root, HEADERS_FILE), formatHeadersFile(headers));
  fs.writeFileSync(path.join(root, NGINX_FILE), formatNginx(headers));
  fs.writeFileSync(path.join(root, CADDY_FILE), formatCaddy(headers));
  return { headers, scriptHashes: scripts.size, styleHashes: styles.size, pages: pages.length };
}
