import { afterEach, describe, expect, it } from 'vitest';
import { createStrapiClient, PullError } from './strapi-client.ts';
import { sendJson, startServer, type TestServer } from './test-server.ts';

const TOKEN = 'hemlig-byggtoken-123';
const PATH = '/api/insatser?pagination[page]=1';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A Strapi-style error body. */
const strapiError = (status: number, name: string, message: string) => ({ data: null, error: { status, name, message, details: {} } });

/** Runs the promise and returns what it threw (failing the test if it did not throw). */
async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected the request to fail');
}

describe('createStrapiClient', () => {
  it('sends the build token as a bearer token and returns the JSON body', async () => {
    server = await startServer((_req, res) => sendJson(res, 200, { data: [{ documentId: 'a' }] }));
    const getJson = createStrapiClient({ baseUrl: server.url, token: TOKEN, attempts: 1 });

    await expect(getJson(PATH)).resolves.toEqual({ data: [{ documentId: 'a' }] });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.url).toBe(PATH);
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(server.requests[0]?.headers.accept).toBe('application/json');
  });

  it('retries 5xx answers with backoff and returns the first good answer', async () => {
    let n = 0;
    server = await startServer((_req, res) => {
      n++;
      if (n <= 2) sendJson(res, n === 1 ? 503 : 500, strapiError(500, 'InternalServerError', 'Internal Server Error'));
      else sendJson(res, 200, { data: [], meta: { pagination: { pageCount: 0 } } });
    });
    const getJson = createStrapiClient({ baseUrl: server.url, token: TOKEN, attempts: 3 });

    const started = Date.now();
    await expect(getJson(PATH)).resolves.toEqual({ data: [], meta: { pagination: { pageCount: 0 } } });
    expect(server.requests).toHaveLength(3);
    // Waited 250 ms, then 1 s, between the attempts.
    expect(Date.now() - started).toBeGreaterThanOrEqual(1200);
  });

  it('gives up after the given number of attempts, naming the path, the last status and the CMS address', async () => {
    server = await startServer((_req, res) => sendJson(res, 502, strapiError(502, 'BadGateway', 'Bad Gateway')));
    const getJson = createStrapiClient({ baseUrl: server.url, token: TOKEN, attempts: 2 });

    const err = await rejectionOf(getJson(PATH));
    expect(err).toBeInstanceOf(PullError);
    expect(err.message).toContain(PATH);
    expect(err.message).toContain('efter 2 försök');
    expect(err.message).toContain('502 Bad Gateway');
    expect(err.message).toContain(server.url);
    expect(server.requests).toHaveLength(2);
  });

  it('fails at once on 400 with the reason Strapi gave', async () => {
    server = await startServer((_req, res) => sendJson(res, 400, strapiError(400, 'ValidationError', 'Invalid key populate[bogus]')));
    const getJson = createStrapiClient({ baseUrl: server.url, token: TOKEN, attempts: 3 });

    const err = await rejectionOf(getJson(PATH));
    expect(err).toBeInstanceOf(PullError);
    expect(err.message).toBe(`CMS:et svarade 400 på ${PATH}: Invalid key populate[bogus]`);
    expect(server.requests).toHaveLength(1);
  });

  it('falls back to the status text when a 4xx answer has no JSON body', async () => {
    server = await startServer((_req, res) => {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<h1>Not Found</h1>');
    });
    const getJson = createStrapiClient({ baseUrl: server.url, token: TOKEN, attempts: 3 });

    const err = await rejectionOf(getJson('/api/startsida'));
    expect(err.message).toBe('CMS:et svarade 404 på /api/startsida: Not Found');
    expect(server.requests).toHaveLength(1);
  });

  it.each([401, 403])('fails at once on %i and says to check CMS_TOKEN, without printing the token', async (status) => {
    server = await startServer((_req, res) =>
      sendJson(res, status, strapiError(status, 'UnauthorizedError', 'Missing or invalid credentials')),
    );
    const getJson = createStrapiClient({ baseUrl: server.url, token: TOKEN, attempts: 3 });

    const err = await rejectionOf(getJson(PATH));
    expect(err).toBeInstanceOf(PullError);
    expect(err.message).toContain(`${status}: Missing or invalid credentials`);
    expect(err.message).toContain(PATH);
    expect(err.message).toContain('CMS_TOKEN');
    expect(err.message).not.toContain(TOKEN);
    expect(server.requests).toHaveLength(1);
  });

  it('retries when the connection is reset before an answer', async () => {
    let n = 0;
    server = await startServer((req, res) => {
      n++;
      if (n === 1) req.socket.destroy();
      else sendJson(res, 200, { data: { ok: true } });
    });
    const getJson = createStrapiClient({ baseUrl: server.url, token: TOKEN, attempts: 2 });

    await expect(getJson(PATH)).resolves.toEqual({ data: { ok: true } });
    expect(server.requests).toHaveLength(2);
  });

  it('retries when the connection is reset in the middle of the body', async () => {
    let n = 0;
    server = await startServer((req, res) => {
      n++;
      if (n === 1) {
        // Headers and half the JSON, then the connection dies (CMS restarted, proxy timeout…).
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': 1000 });
        res.write('{"data":[{"documentId":"a"');
        setTimeout(() => req.socket.destroy(), 20);
      } else sendJson(res, 200, { data: [{ documentId: 'a' }] });
    });
    const getJson = createStrapiClient({ baseUrl: server.url, token: TOKEN, attempts: 2 });

    await expect(getJson(PATH)).resolves.toEqual({ data: [{ documentId: 'a' }] });
    expect(server.requests).toHaveLength(2);
  });

  it('retries a request that times out', async () => {
    let n = 0;
    server = await startServer((_req, res) => {
      n++;
      if (n === 1) return; // never answers
      sendJson(res, 200, { data: [] });
    });
    const getJson = createStrapiClient({ baseUrl: server.url, token: TOKEN, attempts: 2, timeoutMs: 200 });

    await expect(getJson(PATH)).resolves.toEqual({ data: [] });
    expect(server.requests).toHaveLength(2);
  });

  it('retries a request whose body stops arriving', async () => {
    let n = 0;
    server = await startServer((_req, res) => {
      n++;
      if (n === 1) {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': 1000 });
        res.write('{"data":['); // …and nothing more
      } else sendJson(res, 200, { data: [] });
    });
    const getJson = createStrapiClient({ baseUrl: server.url, token: TOKEN, attempts: 2, timeoutMs: 200 });

    await expect(getJson(PATH)).resolves.toEqual({ data: [] });
    expect(server.requests).toHaveLength(2);
  });

  it('fails with a message naming the path when a 200 answer is not JSON (e.g. a proxy page)', async () => {
    server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<!doctype html><title>Välkommen</title>');
    });
    const getJson = createStrapiClient({ baseUrl: server.url, token: TOKEN, attempts: 2 });

    const err = await rejectionOf(getJson(PATH));
    expect(err).toBeInstanceOf(PullError);
    expect(err.message).toContain(PATH);
    expect(err.message).toContain('inte JSON');
  });

  it('reports a CMS that is not running as a network error, naming the path and address', async () => {
    // A port that was just free: nothing listens there, so every connection is refused.
    const closed = await startServer(() => undefined);
    const baseUrl = closed.url;
    await closed.close();
    const getJson = createStrapiClient({ baseUrl, token: TOKEN, attempts: 2 });

    const err = await rejectionOf(getJson(PATH));
    expect(err).toBeInstanceOf(PullError);
    expect(err.message).toContain('nätverksfel');
    expect(err.message).toContain(`${PATH} efter 2 försök`);
    expect(err.message).toContain(`igång på ${baseUrl}`);
  });
});
