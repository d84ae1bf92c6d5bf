import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { HEADERS_FILE, headersFor, parseHeadersFile, type ResponseHeader } from './headers-file.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/** Maps a URL path to a file in root, the way static hosts do (`/a` → `/a/index.html`); null outside root. */
export function resolveStaticFile(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  const candidate = path.resolve(root, `.${path.posix.normalize(decoded)}`);
  if (candidate !== root && !candidate.startsWith(root + path.sep)) return null;
  for (const file of [candidate, path.join(candidate, 'index.html'), `${candidate}.html`]) {
    try {
      if (fs.statSync(file).isFile()) return file;
    } catch {
      // Try the next form.
    }
  }
  return null;
}

/**
 * The headers the build wrote to `root/_headers` (security-headers.ts) for this path, read on
 * every request like the files, so a rebuild's new policy is live with its pages. A site built
 * without them (an old build) is still served, with one warning.
 */
function siteHeaders(root: string, urlPath: string, warn: () => void): ResponseHeader[] {
  let text: string;
  try {
    text = fs.readFileSync(path.join(root, HEADERS_FILE), 'utf8');
  } catch {
    warn();
    return [];
  }
  return headersFor(parseHeadersFile(text), urlPath);
}

/**
 * Serves the built site from `root`, looking files up on every request so a
 * rebuild that swaps the folder is live at once (astro preview caches the file list),
 * with the headers a static host sends from the build's `_headers`.
 */
export function createStaticServer(root: string): http.Server {
  let warned = false;
  const warn = () => {
    if (!warned) console.warn(`⚠ ${path.join(root, HEADERS_FILE)} saknas: sidorna skickas utan säkerhetshuvuden. Bygg webbplatsen igen.`);
    warned = true;
  };
  return http.createServer((req, res) => {
    const file = resolveStaticFile(path.resolve(root), req.url ?? '/');
    const notFound = path.join(root, '404.html');
    const target = file ?? (fs.existsSync(notFound) ? notFound : null);
    const urlPath = (req.url ?? '/').split('?')[0] ?? '/';
    let headers: ResponseHeader[];
    try {
      headers = siteHeaders(root, urlPath, warn);
    } catch (err) {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(`${(err as Error).message} Bygg webbplatsen igen.`);
      return;
    }
    for (const h of headers) res.setHeader(h.name, h.value);
    if (!target) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Sidan finns inte.');
      return;
    }
    res.writeHead(file ? 200 : 404, {
      'content-type': TYPES[path.extname(target)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    fs.createReadStream(target).pipe(res);
  });
}
