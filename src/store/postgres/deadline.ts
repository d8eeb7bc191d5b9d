/**
 * A deadline on the server's answer to a statement. TCP keepalive does not help while a statement's
 * bytes wait to be acknowledged: after a silent network cut (a dead router, a dropped VPN, a host that
 * vanished) the client waits for the system's retransmission timeout, about fifteen minutes on Linux.
 * Past the deadline the statement is cancelled (cancel-request.ts: closing alone left it running on the
 * server with its locks) and the connection closed, so that nothing else waits on it (its next
 * statements fail at once) and the pool drops it, and the call fails with an error naming the store.
 */
import type * as Pg from 'pg';
import { StoreUnavailable } from '../store-unavailable.js';
import { cancelRunning, type CancelTarget } from './cancel-request.js';
import { QUERY_TIMEOUT_ENV, secondsText } from './timeouts.js';

/**
 * The server did not answer one statement in time. No SQLSTATE: it is not one of the failures that stop
 * a batch (store/write-failure.ts), since a cut may be brief; the article fails (a queue worker retries
 * its job), the next one opens a new connection, and a server really gone then fails that connection.
 */
export class NoAnswer extends StoreUnavailable {
  constructor(where: string, ms: number) {
    super(`the PostgreSQL server of ${where} did not answer a statement within ${secondsText(ms)} (a cut network, a stalled server, or a statement waiting on a lock or slower than this limit); the server was asked to cancel it, and its connection was closed (${QUERY_TIMEOUT_ENV} sets how many seconds to wait)`, 'the database server did not answer in time; try again shortly');
    this.name = 'NoAnswer';
  }
}

export function noAnswer(error: unknown): error is NoAnswer {
  return error instanceof NoAnswer;
}

/**
 * `ask` (statements on `client`) answered within `ms` (0: no deadline), else the connection is ended,
 * which fails the statement waiting, and NoAnswer is thrown. pg's own query_timeout is not used: it
 * leaves a timed-out statement running on the connection, so the next one (a ROLLBACK, the lock's
 * release) would be queued behind it and wait out its own timeout.
 */
export async function answeredWithin<T>(client: Pg.ClientBase, ms: number, where: string, ask: () => Promise<T>): Promise<T> {
  // setTimeout fires at once past 2^31 - 1 ms (about 24 days): a wait that long is no deadline.
  if (!(ms > 0) || ms > 2_147_483_647) return ask();
  let late = false;
  const timer = setTimeout(() => {
    late = true;
    // Asked on a connection of its own, before the close: the server would otherwise go on running the
    // statement, and holding what it locked, until it ended by itself.
    void cancelRunning(client as unknown as CancelTarget);
    // With a statement waiting, end() destroys the socket at once rather than saying goodbye to the
    // server. Every client is a pg.Client; the types give end() only to a Client, not to a pooled one.
    (client as Pg.Client).end().catch(() => undefined);
  }, ms);
  try {
    return await ask();
  } catch (error) {
    throw late ? new NoAnswer(where, ms) : error;
  } finally {
    clearTimeout(timer);
  }
}
