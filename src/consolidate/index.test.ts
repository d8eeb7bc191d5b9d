import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ingestPaths } from '../ingest/batch.js';
import { createStages } from '../pipeline.js';
import { sampleArticle, sampleEvent } from '../store/contract.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { createConsolidate, eventLookup } from './index.js';
import { tempDir } from '../../test/helpers.js';

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

describe('createConsolidate with builds put off', () => {
  // Four reports of one fire and one of another story, as an outlet stream would bring them.
  const fire = (outlet: string, day: number, extra: string) => ({
    title: `Fire destroys warehouse on Quarry Lane in Ashbourne`,
    url: `https://${outlet}.example/news/fire-${day}`,
    publishedAt: `2025-03-${String(day).padStart(2, '0')}T10:00:00Z`,
    text: `A fire destroyed a timber warehouse on Quarry Lane in Ashbourne on Monday night, the county fire service said. Forty firefighters fought the blaze for six hours. ${extra}`,
  });
  const records = [
    fire('dalesnews', 11, 'Two workers were treated for smoke inhalation.'),
    fire('ashbourneherald', 11, 'The owner, Hallam Timber, said the building was insured.'),
    fire('midlandsradio', 12, 'Police said the cause was not yet known and an investigation had begun.'),
    { title: 'Council approves new library for Wirksworth', url: 'https://dalesnews.example/news/library', publishedAt: '2025-03-12T09:00:00Z', text: 'The district council approved plans for a new public library in Wirksworth on Tuesday, to open in 2027. The library will cost 4 million pounds.' },
    fire('peakpost', 13, 'Fire investigators said on Wednesday that the fire began in an office at the back of the warehouse.'),
  ];

  it('should store the same event records as building at each article', async () => {
    const dir = tempDir();
    try {
      const file = join(dir.path, 'stream.jsonl');
      writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
      const run = async (defer: boolean): Promise<{ events: string[]; deferred: number }> => {
        const stages = createStages().map((stage) => (stage.name === 'consolidate' ? { name: 'consolidate' as const, run: createConsolidate({ defer }) } : stage));
        const store = new SqliteStore(join(dir.path, `${defer}.db`));
        let deferred = 0;
        try {
          const report = await ingestPaths([file], stages, { store, now: () => '2025-03-14T00:00:00Z' }, { maintain: false, onDocument: (doc) => void (doc.deferredBuild && deferred++) });
          assert.equal(report.stored, records.length);
          const events = (await store.listEvents()).map(({ updatedAt, ...rest }) => JSON.stringify(rest)).sort();
          return { events, deferred };
        } finally {
          await store.close();
        }
      };
      const now = await run(false);
      const put = await run(true);
      assert.equal(now.deferred, 0);
      // The fire's later reports joined its stored event: their builds were put off.
      assert.ok(put.deferred >= 2, `${put.deferred} builds put off`);
      assert.deepEqual(put.events, now.events);
    } finally {
      dir.cleanup();
    }
  });
});
