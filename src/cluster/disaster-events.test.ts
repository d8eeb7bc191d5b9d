import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { createStages } from '../pipeline.js';
import { ingestPaths } from '../ingest/batch.js';

/**
 * One crisis on one border told by the same officials for a week: a quake (two reports dating it a day
 * apart across midnight), a convoy ambushed two days on, an aftershock six days on that recalls the
 * quake, and a situation report that tells the quake and the ambush (review ux71a, invented here).
 */
const TEXTS: Record<string, string[]> = {
  'a-quake.txt': [
    'Strong earthquake strikes Dorvane valley',
    'By Mira Castell, Valley Post',
    'Published: March 4, 2031 09:00 GMT',
    'A magnitude 6.2 earthquake struck the Dorvane valley late on Monday night, flattening stone houses in the villages around Kessel and killing at least 40 people, Interior Ministry spokesman Anton Veldt said.',
    'Governor Petra Lindqvist said rescue teams from Ostrava province were digging through the rubble in Kessel.',
  ],
  'b-quake-next-day.txt': [
    'Quake kills dozens in Dorvane',
    'By Jonas Brenner, Ridge Courier',
    'Published: March 4, 2031 15:00 GMT',
    'An earthquake of magnitude 6.2 hit the Dorvane valley early Tuesday, killing dozens of people in Kessel and nearby villages, Interior Ministry spokesman Anton Veldt said.',
    'Governor Petra Lindqvist asked families in Kessel to sleep outdoors.',
  ],
  'c-convoy.txt': [
    'Gunmen attack aid convoy near Kessel',
    'By Mira Castell, Valley Post',
    'Published: March 6, 2031 17:00 GMT',
    "Gunmen opened fire on a convoy of relief trucks on the pass road above Kessel on Thursday morning, killing two drivers, police spokesman Major Henrik Aalto said.",
    "The trucks were carrying tents for families left homeless by Tuesday's earthquake in the Dorvane valley, Governor Petra Lindqvist said.",
  ],
  'd-aftershock.txt': [
    'Aftershock kills three in Kessel',
    'By Mira Castell, Valley Post',
    'Published: March 10, 2031 19:00 GMT',
    "A strong aftershock of magnitude 5.3 struck near Kessel this afternoon, toppling houses already cracked in last Tuesday's earthquake and killing three people, Governor Petra Lindqvist said.",
    'Interior Ministry spokesman Anton Veldt said 30 people were injured in the Dorvane valley.',
  ],
  'e-sitrep.txt': [
    'Dorvane: Earthquake - Situation Report No. 2',
    'Published: March 7, 2031 12:00 GMT',
    'The death toll from the 4 March earthquake has risen to 64 according to Interior Ministry spokesman Anton Veldt.',
    'On 6 March a convoy of relief trucks was attacked above Kessel; two drivers were killed.',
    'The magnitude 6.2 earthquake struck the Dorvane valley on 4 March. Governor Petra Lindqvist said shelter is the first need in Kessel.',
  ],
};

describe('cluster: a quake, an ambushed convoy, an aftershock and a situation report on one border', () => {
  it('should keep the quake (with its report a day off and the situation report), the ambush and the aftershock as three events, in either order', async () => {
    const names = Object.keys(TEXTS);
    for (const order of [names, [...names].reverse()]) {
      const dir = mkdtempSync(join(tmpdir(), 'cluster-disasters-'));
      const store = new SqliteStore(':memory:');
      try {
        for (const name of order) {
          writeFileSync(join(dir, name), TEXTS[name]!.join('\n'));
          await ingestPaths([join(dir, name)], createStages(), { store, now: () => '2031-03-12T00:00:00Z' }, { maintain: false });
        }
        const events = await store.listEvents({ limit: 10, offset: 0 });
        assert.deepEqual(events.map((e) => `${e.date} ${e.articles.length}`).sort(), ['2031-03-04 3', '2031-03-06 1', '2031-03-10 1'], `order ${order.join(', ')}`);
      } finally {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      }
    }
  });
});
