import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import type { Store } from '../store/store.js';
import { StoreUnavailable } from '../store/store-unavailable.js';
import { createHttpServer } from './app.js';

/** An empty store whose every call fails with `error`, as a store busy or slow for now does. */
function failingStore(error: Error): Store {
  const inner = new SqliteStore(':memory:');
  return new Proxy(inner, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (key === 'close') return (value as () => Promise<void>).bind(target);
      return typeof value === 'function' ? async () => Promise.reject(error) : value;
    },
  });
}

describe('the HTTP app on a store that cannot answer now', () => {
  /** The status, Retry-After and message of GET /api/events on a store whose calls fail with `error`, and whether the log named db.internal. */
  async function answerTo(error: Error): Promise<{ status: number; retry: string | null; message: string; logged: boolean }> {
    const store = failingStore(error);
    const server = createHttpServer({ store, cache: false });
    const written: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    // The server log keeps the store's own words; kept out of the test's output.
    process.stderr.write = ((chunk: string) => written.push(String(chunk)) > 0) as typeof process.stderr.write;
    try {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/api/events`);
      const body = (await response.json()) as { error: { message: string } };
      return { status: response.status, retry: response.headers.get('retry-after'), message: body.error.message, logged: written.some((line) => line.includes('db.internal')) };
    } finally {
      process.stderr.write = write;
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
    }
  }

  it('should answer 503 with the reason in general words and a time to try again, not 500 internal error, and keep the store address out of it', async () => {
    const busy = new StoreUnavailable('no connection to the PostgreSQL store postgresql://ana:***@db.internal/news came free within 120 s', 'every connection to the store was busy; try again shortly');
    assert.deepEqual(await answerTo(busy), { status: 503, retry: '5', message: 'the store cannot answer now: every connection to the store was busy; try again shortly', logged: true });
  });

  it('should answer 503 as well when a new connection to the server could not be opened in time, and 500 for a failure that is a bug', async () => {
    const unopened = Object.assign(new Error('Connection terminated due to connection timeout'), { database: 'postgresql://ana:***@db.internal/news' });
    assert.deepEqual(await answerTo(unopened), { status: 503, retry: '5', message: 'the store cannot answer now: the database server cannot be reached or takes no connections now; try again shortly', logged: false });
    const bug = await answerTo(new TypeError("Cannot read properties of undefined (reading 'id')"));
    assert.deepEqual([bug.status, bug.retry, bug.message], [500, null, 'internal error (the server log has the details)']);
  });
});
