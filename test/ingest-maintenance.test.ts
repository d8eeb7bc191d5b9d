/**
 * The server runs the store's housekeeping after answering a write, a step at a time, and keeps
 * serving in between (src/server/ingest-service.ts).
 */
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { createHttpServer } from '../src/server/app.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { Maintenance, Store } from '../src/store/store.js';
import { tempDir } from './helpers.js';

describe('the server and store maintenance', () => {
  const dir = tempDir('triangulate-maintenance-');
  after(() => dir.cleanup());

  it('should answer a write first, then run the maintenance steps one by one while reads are answered', async () => {
    const real = new SqliteStore(join(dir.path, 'm.db'));
    // A store whose maintenance has three steps, each slow enough to be seen, each timed.
    const steps: { started: number; ended: number }[] = [];
    const store = new Proxy(real, {
      get(target, key, receiver) {
        if (key !== 'maintain') return Reflect.get(target, key, receiver) as unknown;
        return async (): Promise<Maintenance> => {
          const started = performance.now();
          while (performance.now() - started < 30) {
            // busy, as a merge step is
          }
          steps.push({ started, ended: performance.now() });
          return { searchIndexMerged: steps.length === 3, more: steps.length < 3, ms: 30 };
        };
      },
    }) as Store;
    const server = createHttpServer({ store, cache: false });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const record = { body: 'Divers recovered a historic anchor from the harbour at Galway on Tuesday, the heritage office said.\n\nThe anchor is thought to date from the eighteenth century.', outlet: 'Galway Post', publishedAt: '2025-06-04T09:00:00Z', title: 'Historic anchor raised in Galway' };
      const posted = await fetch(`${url}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(record) });
      const answered = performance.now();
      assert.equal(posted.status, 201, await posted.text());
      assert.ok(steps.length < 3, 'the write was answered before the maintenance was done');
      // Reads are answered between the steps.
      const read = await fetch(`${url}/api/events`);
      assert.equal(read.status, 200);
      for (let waited = 0; steps.length < 3 && waited < 5000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
      assert.equal(steps.length, 3, 'every step ran');
      assert.ok(steps[2]!.ended > answered);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await real.close();
    }
  });
});
