import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import { sampleArticle, sampleEvent } from '../../store/contract.js';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import type { Store } from '../../store/store.js';
import { createHttpServer } from '../app.js';
import { ENTITY_KINDS } from '../entities.js';

/** Reads of one whole list: one per kind. */
const LIST = ENTITY_KINDS.length;

/** A store that counts its reads of the entity names, one per kind for a whole list. */
function counted(store: Store): { store: Store; reads: () => number } {
  let reads = 0;
  const proxy = new Proxy(store, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver) as unknown;
      if (key === 'entityNames') return (...args: Parameters<Store['entityNames']>) => (reads++, target.entityNames(...args));
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { store: proxy, reads: () => reads };
}

const settle = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `reads` reaches `n` (at most five seconds: a loaded machine is slow), then a little more for any read beyond. */
async function readsReach(reads: () => number, n: number): Promise<number> {
  for (let waited = 0; reads() < n && waited < 5000; waited += 20) await settle(20);
  await settle(50);
  return reads();
}

describe('the entity list worked out ahead of requests', () => {
  it('should have the list ready when the server starts, and after an ingest once ingests pause if the list was read since', async () => {
    const inner = new SqliteStore(':memory:');
    const a = sampleArticle(401);
    await inner.commit({ article: { ...a, eventId: 'evt_0000000000000401' }, event: sampleEvent('evt_0000000000000401', [a]), profile: { terms: {}, names: [], dates: [], size: 1 }, keys: [], outletKey: a.id, copyGroup: a.id, articleTerms: [], mergedEventIds: [] });
    const { store, reads } = counted(inner);
    const server = createHttpServer({ store, warmEntities: { quietMs: 1000 }, cache: false });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const post = async (text: string): Promise<number> => (await fetch(`${url}/api/articles`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text, outlet: 'Elwyn Courier', publishedAt: '2025-06-02T08:00:00Z' }) })).status;
    try {
      assert.equal(await readsReach(reads, LIST), LIST, 'one read per kind at start, with no request');
      const names = async (): Promise<string[]> => ((await (await fetch(`${url}/api/entities`)).json()) as { items: { name: string }[] }).items.map((e) => e.name);
      assert.deepEqual((await names()).sort(), ['Aoife Brennan', 'Dublin']);
      assert.equal(reads(), LIST, 'the request found the list ready');
      // Two uploads in quick succession: one list for both, after the pause.
      assert.equal(await post('Maeve Doyle, a spokeswoman for the Elwyn Port Authority, said on Monday that harbour cranes had stopped after a cyber attack.'), 201);
      assert.equal(await post('Cillian Roche, the harbour master in Elwyn, said on Tuesday that the cranes were working again after the cyber attack.'), 201);
      assert.equal(reads(), LIST, 'nothing read before the uploads pause');
      assert.equal(await readsReach(reads, 2 * LIST), 2 * LIST, 'one list after the pause, with no request');
      const listed = await names();
      assert.ok(listed.includes('Maeve Doyle') && listed.includes('Cillian Roche'));
      assert.equal(reads(), 2 * LIST);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await inner.close();
    }
  });

  it('should work out no list after an ingest when nobody has read the list since the last one', async () => {
    const { store, reads } = counted(new SqliteStore(':memory:'));
    const server = createHttpServer({ store, warmEntities: { quietMs: 20 }, cache: false });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      assert.equal(await readsReach(reads, LIST), LIST, 'the list at start');
      const posted = await fetch(`${url}/api/articles`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: 'Niamh Walsh, the mayor of Elwyn, said on Monday that the town bridge would close for repairs in the spring.', outlet: 'Elwyn Courier', publishedAt: '2025-06-02T08:00:00Z' }) });
      assert.equal(posted.status, 201);
      await settle(200);
      assert.equal(reads(), LIST, 'an upload alone starts no list');
      const body = (await (await fetch(`${url}/api/entities`)).json()) as { items: { name: string }[] };
      assert.ok(body.items.some((e) => e.name === 'Niamh Walsh'), 'the request works the list out itself');
      assert.equal(reads(), 2 * LIST);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
    }
  });

  it('should work out nothing ahead of requests unless asked to', async () => {
    const { store, reads } = counted(new SqliteStore(':memory:'));
    const server = createHttpServer({ store });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    await settle(100);
    assert.equal(reads(), 0);
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await store.close();
  });
});
