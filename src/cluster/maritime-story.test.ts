import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { createStages } from '../pipeline.js';
import { ingestPaths } from '../ingest/batch.js';

/** Ingests the texts one at a time in the given order and gives each event as "date size title -> linked dates". */
async function eventsOf(texts: Record<string, string[]>, order: readonly string[], now: string): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'cluster-maritime-'));
  const store = new SqliteStore(':memory:');
  try {
    for (const name of order) {
      writeFileSync(join(dir, name), texts[name]!.join('\n'));
      await ingestPaths([join(dir, name)], createStages(), { store, now: () => now }, { maintain: false });
    }
    const events = await store.listEvents({ limit: 20, offset: 0 });
    return events
      .map((e) => `${e.date} ${e.articles.length} -> ${e.related.map((r) => r.date).sort().join(',')}`)
      .sort();
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('cluster: a ship seized, an escort mission announced and insurance premiums rising, told days apart', () => {
  const texts: Record<string, string[]> = {
    'a-seizure.txt': [
      'Militia fighters seize container ship Corran Bay in the Red Sea',
      'By Leila Haddad, Gulf Shipping Post',
      'Published: May 5, 2031 18:20 GMT',
      'Armed men from a coastal militia seized the Liberia-flagged container ship Corran Bay off the port of Hodeidah on Monday, its operator said.',
      'The 24 crew members were taken ashore, the operator said. The militia said the ship was bound for an Israeli port.',
    ],
    'b-seizure.txt': [
      'Gunmen seize container ship off Yemen',
      'By Tom Ashby, Harbour Times',
      'Published: May 5, 2031 20:05 GMT',
      'Militia gunmen dropped from a helicopter onto the container ship Corran Bay in the Red Sea on Monday and steered it to the Yemeni coast, maritime security firm Ambrey said.',
    ],
    'c-escort.txt': [
      'Coalition announces naval escort mission for Red Sea shipping',
      'By Tom Ashby, Harbour Times',
      'Published: May 7, 2031 15:40 GMT',
      'A coalition of ten navies announced on Wednesday a mission to escort merchant ships through the Red Sea, after the militia, which seized the container ship Corran Bay on Monday, threatened more attacks.',
      'Four frigates will join the mission next week, the coalition said.',
    ],
    'd-premiums.txt': [
      'War-risk premiums for Red Sea voyages climb',
      'By Leila Haddad, Gulf Shipping Post',
      'Published: May 8, 2031 11:15 GMT',
      "War-risk insurance premiums for ships sailing through the Red Sea rose to 0.7% of a ship's hull value on Thursday, brokers in London said. The rise followed Monday's seizure of the Corran Bay and threats of more attacks.",
      'Some owners have begun to send their ships around Africa instead, the brokers said.',
    ],
  };

  it('should give the seizure, the escort mission and the premium rise an event each, the later two linked to the seizure, in either order', async () => {
    const names = Object.keys(texts);
    const expected = ['2031-05-05 2 -> ', '2031-05-07 1 -> 2031-05-05', '2031-05-08 1 -> 2031-05-05'];
    for (const order of [names, [...names].reverse()]) {
      assert.deepEqual(await eventsOf(texts, order, '2031-05-20T00:00:00Z'), expected, `order ${order.join(', ')}`);
    }
  });
});
