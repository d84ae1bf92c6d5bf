import http from 'node:http';

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

/**
 * An HTTP request with the path sent exactly as written: fetch() and URL would
 * resolve dot segments, collapse nothing and re-encode, and so never try the
 * spellings an attacker sends.
 */
export function rawRequest(
  baseUrl: string,
  method: string,
  rawPath: string,
  options: { headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<RawResponse> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: hostname,
        port,
        method,
        path: rawPath,
        headers: {
          ...(options.body === undefined ? {} : { 'content-length': String(Buffer.byteLength(options.body)) }),
          ...options.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

/** Other spellings of a path that a router, a proxy or a decoder might take for it. */
export function pathSpellings(path: string): string[] {
  const [, first = '', ...rest] = path.split('/');
  const tail = rest.join('/');
  const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  return [
    path,
    path.toUpperCase(),
    `/${first.toUpperCase()}/${tail}`,
    `/${upperFirst(first)}/${tail.split('/').map(upperFirst).join('/')}`,
    `${path}/`,
    `${path}//`,
    `/${first}//${tail}`,
    `//${first}/${tail}`,
    `/${first}/./${tail}`,
    `/${first}/x/../${tail}`,
    `/%${first.charCodeAt(0).toString(16)}${first.slice(1)}/${tail}`,
    `/${first}/${tail.slice(0, -1)}%${tail.charCodeAt(tail.length - 1).toString(16)}`,
    `/${first}%2F${tail}`,
    `${path};x=1`,
    `${path}%00`,
    `${path}.json`,
  ];
}
