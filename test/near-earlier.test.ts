/**
 * Two invented reports (test/fixtures/near-earlier) of attacks nine days apart, the later one naming the
 * earlier by its day ("the attack that shut down Haapsalu water works on Sept. 8") and an older one by
 * its act ("the same crew hit Valga bus depot in April"). An analyst wants the day-dated one linked to
 * the stored event however near, and the older one read as an earlier event though told by a verb.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { join } from 'node:path';
import type { NewsEvent } from '../src/model/types.js';
import { ROOT, runCli, tempDir } from './helpers.js';

const SET = join(ROOT, 'test', 'fixtures', 'near-earlier');

describe('the near-earlier set', () => {
  const dir = tempDir();
  const db = join(dir.path, 'near.db');
  let events: NewsEvent[] = [];
  before(async () => {
    const ingest = await runCli(['ingest', SET, '--db', db, '--no-progress']);
    assert.equal(ingest.code, 0, ingest.stderr);
    events = JSON.parse((await runCli(['export', '--json', '--db', db])).stdout) as NewsEvent[];
  });
  after(() => dir.cleanup());

  it('should link an earlier attack named by its day nine days before, and read one told by its verb', () => {
    const water = events.find((e) => /Haapsalu/.test(e.title));
    const port = events.find((e) => /Kunda/.test(e.title));
    assert.ok(water && port && water.id !== port.id, 'two events');
    assert.deepEqual(port.related.map((r) => [r.date, r.description, r.eventId ?? null]), [
      ['2026-04', 'Attack on Valga bus depot', null],
      ['2026-09-08', 'Attack in Haapsalu', water.id],
    ]);
    assert.deepEqual(water.related, [], 'the earlier event names nothing earlier');
  });
});
