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
  it('should answer 503 with the reason in general words and a time to try again, not 500 internal error, and keep the store address out of it', async () => {
    const store = failingStore(new StoreUnavailable('no connection to the PostgreSQL store postgresql://ana:***@db.internal/news came free within 120 s', 'every connection to the store was busy; try again shortly'));
    const server = createHttpServer({ store, cache: false });
    const written: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    // The server log keeps the store's own words; kept out of the test's output.
    process.stderr.write = ((chunk: string) => written.push(String(chunk)) > 0) as typeof process.stderr.write;
    try {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/api/events`);
      assert.equal(response.status, 503);
      assert.equal(response.headers.get('retry-after'), '5');
      const body = (await response.json()) as { error: { message: string } };
      assert.equal(body.error.message, 'the store cannot answer now: every connection to the store was busy; try again shortly');
      assert.ok(written.some((line) => line.includes('db.internal')));
    } finally {
      process.stderr.write = write;
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
    }
  });
});
