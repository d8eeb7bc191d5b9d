/**
 * A store's new pooled connections, set up before the pool hands them out: a store in a schema of its
 * own sets its search_path on each, and must do so without pg 8.23's deprecation warning of a query
 * sent to a client that is still busy. Node prints a deprecation once per process, so this file starts
 * a server of its own and watches the process's warnings from its first connection on.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PostgresStore } from './postgres-store.js';
import { postgresBinaries, startThrowawayServer, type ThrowawayServer } from './throwaway-server.js';

const bin = postgresBinaries();

describe("a PostgreSQL store's new connections", { skip: bin ? false : 'no PostgreSQL binaries on this machine' }, () => {
  let server: ThrowawayServer;
  const warnings: string[] = [];
  const listen = (warning: Error): void => void warnings.push(`${warning.name}: ${warning.message}`);
  before(() => {
    server = startThrowawayServer(bin!);
    process.on('warning', listen);
  });
  after(() => {
    process.off('warning', listen);
    server.stop();
  });

  it('should set a schema on every new connection before its first statement, with no warning from pg', async () => {
    const store = new PostgresStore(server.url, { schema: 'own_schema', maxConnections: 4 });
    try {
      // Several statements at once: the pool opens a connection for each, every one asked for by a statement.
      const answers = await Promise.all([store.counts(), store.counts(), store.counts(), store.changeMark()]);
      assert.deepEqual(answers.slice(0, 3), [{ articles: 0, events: 0 }, { articles: 0, events: 0 }, { articles: 0, events: 0 }]);
      // A warning is emitted on the next tick: let it come before looking.
      await new Promise((resolve) => setImmediate(resolve));
      assert.deepEqual(warnings.filter((w) => /client\.query\(\)|deprecat/i.test(w)), []);
    } finally {
      await store.close();
    }
  });
});
