/**
 * PostgreSQL's cancel request for the statement a connection is running, sent on a connection of its
 * own. Closing a connection is not enough: the server notices a closed socket only when the statement
 * ends or next writes, so an abandoned statement went on running with its locks (review66b finding 2),
 * and the same process's next section waited on them. The postmaster reads a cancel request before
 * any authentication, in plain bytes, whatever the main connection's TLS.
 */
import { connect, type Socket } from 'node:net';

/** What a pg.Client knows of its server and its session (set once the server said it was ready). */
export interface CancelTarget {
  host?: string | null;
  port?: number | null;
  processID?: number | null;
  secretKey?: number | null;
}

/** The protocol's CancelRequest code (1234 in the high 16 bits, 5678 in the low). */
const CANCEL_REQUEST_CODE = 80877102;

/** The 16 bytes of a cancel request for session `processID` with its `secretKey`. */
export function cancelRequestBytes(processID: number, secretKey: number): Buffer {
  const bytes = Buffer.alloc(16);
  bytes.writeInt32BE(16, 0);
  bytes.writeInt32BE(CANCEL_REQUEST_CODE, 4);
  bytes.writeInt32BE(processID, 8);
  bytes.writeInt32BE(secretKey | 0, 12);
  return bytes;
}

/**
 * Sends the cancel request, best effort: resolves true once the server closed the cancel connection
 * (it answers nothing), false when the request could not be sent within `ms` (a cut network: the
 * statement's own connection is closed anyway) or the client had no session yet. Never rejects.
 */
export function cancelRunning(target: CancelTarget, ms = 5_000): Promise<boolean> {
  const { processID, secretKey } = target;
  if (typeof processID !== 'number' || typeof secretKey !== 'number') return Promise.resolve(false);
  const host = target.host ?? 'localhost';
  const port = target.port ?? 5432;
  return new Promise((resolve) => {
    let socket: Socket;
    let sent = false;
    const done = (ok: boolean): void => {
      clearTimeout(timer);
      socket.destroy();
      resolve(ok);
    };
    // A Unix socket's folder is given as the host, as libpq and pg take it.
    socket = host.startsWith('/') ? connect(`${host}/.s.PGSQL.${port}`) : connect(port, host);
    const timer = setTimeout(() => done(false), ms);
    socket.on('connect', () => {
      sent = true;
      socket.end(cancelRequestBytes(processID, secretKey));
    });
    socket.on('error', () => done(false));
    socket.on('close', () => done(sent));
  });
}
