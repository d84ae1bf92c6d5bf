import net from 'node:net';

export interface TcpProxy {
  /** host:port of the proxy. */
  port: number;
  /** Stops passing bytes either way, connections left open: a server that hangs. */
  freeze: () => void;
  /** Passes bytes again. */
  thaw: () => void;
  /** Closes every connection through it (new ones are still accepted): a server that restarts. */
  cut: () => void;
  close: () => Promise<void>;
}

/**
 * A TCP proxy in front of a real server, so a test can make that server hang or drop its
 * connections without touching the server itself (which other tests share).
 */
function flow([down, up]: [net.Socket, net.Socket]): void {
  down.pipe(up);
  up.pipe(down);
}

/** Unpiped and paused, a socket stops reading: what arrives waits in buffers, nothing is lost. */
function hold([down, up]: [net.Socket, net.Socket]): void {
  down.unpipe(up);
  up.unpipe(down);
  down.pause();
  up.pause();
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const pairs = new Set<[net.Socket, net.Socket]>();
  let frozen = false;
  const server = net.createServer((down) => {
    const up = net.connect(target);
    const pair: [net.Socket, net.Socket] = [down, up];
    pairs.add(pair);
    if (!frozen) flow(pair);
    const end = () => {
      pairs.delete(pair);
      down.destroy();
      up.destroy();
    };
    down.on('error', end).on('close', end);
    up.on('error', end).on('close', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    port,
    freeze: () => {
      frozen = true;
      for (const pair of pairs) hold(pair);
    },
    thaw: () => {
      frozen = false;
      for (const pair of pairs) flow(pair);
    },
    cut: () => {
      for (const [down, up] of pairs) {
        down.destroy();
        up.destroy();
      }
    },
    close: async () => {
      for (const [down, up] of pairs) {
        down.destroy();
        up.destroy();
      }
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
