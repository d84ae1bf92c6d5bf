import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createWebhookServer, type RebuildSignal } from './webhook-server.ts';

describe('rebuild signal server', () => {
  let close: (() => void) | undefined;
  afterEach(() => close?.());

  const start = async (onChange: (s: RebuildSignal) => void) => {
    const server = createWebhookServer('hemligt', onChange);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    close = () => server.close();
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/rebuild`;
  };
  const post = (url: string, body: string, secret = 'hemligt') =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-vg-webhook-secret': secret }, body });

  it('accepts the signal with the right secret', async () => {
    const seen: RebuildSignal[] = [];
    const url = await start((s) => seen.push(s));
    const res = await post(
      url,
      JSON.stringify({ event_type: 'valfardsguiden-innehall-andrat', client_payload: { event: 'entry.publish' } }),
    );
    expect(res.status).toBe(202);
    expect(seen.map((s) => s.client_payload?.event)).toEqual(['entry.publish']);
  });

  it('refuses callers without the secret, and bodies that are not JSON', async () => {
    const seen: RebuildSignal[] = [];
    const url = await start((s) => seen.push(s));
    expect((await post(url, '{}', 'fel')).status).toBe(401);
    expect((await post(url, 'inte json')).status).toBe(400);
    expect(seen).toEqual([]);
  });
});
