import { createConnection, createServer, type Socket } from 'node:net';

/**
 * A TCP proxy in front of a server (PostgreSQL) that simulates its outages without touching the
 * server other test files share. Either way the connections open at the time are cut.
 */
export interface TcpProxy {
  port: number;
  /** The server stopped: the port refuses connections (ECONNREFUSED). */
  down(): Promise<void>;
  /** The server hangs, or the network drops packets: connections open, then nothing answers. */
  stall(): Promise<void>;
  /** The server is back: connections are forwarded again. */
  up(): Promise<void>;
  close(): Promise<void>;
}

export async function startTcpProxy(targetHost: string, targetPort: number): Promise<TcpProxy> {
  const open = new Set<Socket>();
  let stalled = false;
  const track = (socket: Socket) => {
    open.add(socket);
    socket.on('close', () => open.delete(socket));
  };
  const server = createServer((client) => {
    track(client);
    client.on('error', () => client.destroy());
    if (stalled) return;
    const upstream = createConnection({ host: targetHost, port: targetPort });
    track(upstream);
    // Either side failing ends the pair, as a server crash ends both directions.
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
    client.pipe(upstream);
    upstream.pipe(client);
  });
  const cutAll = () => {
    for (const socket of open) socket.destroy();
  };
  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      if (server.listening) return resolve();
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  const stopListening = () =>
    new Promise<void>((resolve) => {
      if (!server.listening) return resolve();
      server.close(() => resolve());
      cutAll();
    });
  await listen(0);
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the proxy has no TCP port');
  const { port } = address;
  return {
    port,
    down: stopListening,
    async stall() {
      stalled = true;
      cutAll();
      await listen(port);
    },
    async up() {
      stalled = false;
      cutAll();
      await listen(port);
    },
    close: stopListening,
  };
}
