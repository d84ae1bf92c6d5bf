import http from 'node:http';

/**
 * The CMS's rebuild signal (cms/src/bootstrap/rebuild-webhook.ts), shaped like a
 * GitHub repository_dispatch so one URL setting serves both. The CMS only sends
 * it for changes visitors can see.
 */
export interface RebuildSignal {
  event_type?: string;
  client_payload?: { event?: string; uid?: string };
}

/**
 * Listens for the CMS's rebuild signal on POST /rebuild. A shared secret in the
 * `x-vg-webhook-secret` header keeps anyone else from triggering builds.
 */
export function createWebhookServer(secret: string, onChange: (signal: RebuildSignal) => void): http.Server {
  return http.createServer((req, res) => {
    if (req.method !== 'POST' || req.url !== '/rebuild') {
      res.writeHead(404).end();
      return;
    }
    if (req.headers['x-vg-webhook-secret'] !== secret) {
      res.writeHead(401).end();
      return;
    }
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
      if (body.length > 1_000_000) req.destroy();
    });
    req.on('end', () => {
      let signal: RebuildSignal;
      try {
        signal = JSON.parse(body) as RebuildSignal;
      } catch {
        res.writeHead(400).end();
        return;
      }
      res.writeHead(202).end();
      onChange(signal);
    });
  });
}
