import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sampleArticle, sampleEvent } from '../store/contract.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { eventLookup } from './index.js';

describe('eventLookup', () => {
  it('should find the event an article mentions among a busy month of stored events, not only its newest', async () => {
    const store = new SqliteStore(':memory:');
    const profile = { terms: {}, names: [], dates: [], size: 1 };
    // The mentioned event is the month's oldest; sixty later events of the same month share one word with the mention at most.
    for (let n = 0; n <= 60; n++) {
      const a = sampleArticle(100 + n, { headline: n === 0 ? 'Crane collapses onto ferry at Manila port' : `Ferry timetable changes, notice ${n}` });
      const id = `evt_${String(100 + n).padStart(16, '0')}`;
      const date = `2025-06-${String(1 + Math.min(n, 29)).padStart(2, '0')}`;
      await store.commit({ article: a, event: sampleEvent(id, [a], { date, summary: n === 0 ? 'A port crane fell onto a moored ferry in Manila.' : 'Ferry timetables change.' }), profile, keys: [], outletKey: `o${n}`, copyGroup: `o${n}`, articleTerms: [], mergedEventIds: [] });
    }
    const lookup = eventLookup({ store, now: () => '2025-07-01T00:00:00Z' });
    assert.equal(await lookup('2025-06', ['crane', 'manila', 'collapse']), `evt_${String(100).padStart(16, '0')}`);
    // One shared word is not enough to call it the same event.
    assert.equal(await lookup('2025-06', ['timetable', 'strike']), null);
    // One word with a name of the sentence is ("the collapse at Manila's port in June").
    assert.equal(await lookup('2025-06', ['collapse'], ['manila']), `evt_${String(100).padStart(16, '0')}`);
    assert.equal(await lookup('2025-06', ['collapse'], ['cebu']), null);
    // Names of the sentence without a word of the description are not ("the strike, which Manila's crane operators called").
    assert.equal(await lookup('2025-06', ['strike'], ['manila', 'crane']), null);
    // An earlier event is no event dated after the report that mentions it.
    assert.equal(await lookup('2025-06', ['crane', 'manila', 'collapse'], [], '2025-06-01'), `evt_${String(100).padStart(16, '0')}`);
    assert.equal(await lookup('2025-06', ['crane', 'manila', 'collapse'], [], '2025-05-31'), null);
    await store.close();
  });
});
