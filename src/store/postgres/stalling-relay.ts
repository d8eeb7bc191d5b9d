/**
 * A TCP relay to a throw-away server's socket that can stall, for tests: while stalled it takes bytes
 * in and passes none on, either way, and holds back the closing of either side, as a network cut
 * without any reset does (a dead router, a dropped VPN). Unstalled, what it held goes through and the
 * connections closed meanwhile close on the other side too. Tests only.
 */
import { createConnection, createServer, type Server, type Socket } from 'node:net';

export interface StallingRelay {
  /** Where clients connect: 127.0.0.1 and this port. */
  port: number;
  stall(): void;
  unstall(): void;
  close(): Promise<void>;
}

/** A relay to the PostgreSQL server listening on the Unix socket `socketPath`. */
export async function startStallingRelay(socketPath: string): Promise<StallingRelay> {
  let stalled = false;
  // What waits for the relay to be unstalled: bytes to pass on and closes to make.
  let held: (() => void)[] = [];
  const sockets = new Set<Socket>();
  const passOn = (action: () => void): void => {
    if (stalled) held.push(action);
    else action();
  };
  const pair = (from: Socket, to: Socket): void => {
    from.on('data', (chunk: Buffer) => passOn(() => to.write(chunk)));
    from.on('close', () => passOn(() => to.destroy()));
    from.on('error', () => undefined);
  };
  const server: Server = createServer((client) => {
    const upstream = createConnection(socketPath);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    }
    pair(client, upstream);
    pair(upstream, client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the relay has no TCP port');
  return {
    port: address.port,
    stall: () => {
      stalled = true;
    },
    unstall: () => {
      stalled = false;
      const actions = held;
      held = [];
      for (const action of actions) action();
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
