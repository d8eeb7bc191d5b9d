import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { followsUpAtAnyDate } from './index.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import type { CandidateQuery } from '../store/store.js';
import { createStages } from '../pipeline.js';
import { ingestPaths } from '../ingest/batch.js';

describe('followsUpAtAnyDate', () => {
  it('should look up a crime report, or one without a theme, at any date, but not a report of diplomacy that tells of a crime', () => {
    assert.equal(followsUpAtAnyDate([]), true);
    assert.equal(followsUpAtAnyDate(['crime']), true);
    assert.equal(followsUpAtAnyDate(['cyber', 'crime']), true);
    assert.equal(followsUpAtAnyDate(['cyber', 'diplomacy', 'crime', 'cyber.threat-actor']), false);
    assert.equal(followsUpAtAnyDate(['diplomacy']), false);
  });
});

describe('cluster: a later meeting of the same envoys', () => {
  it('should start its own event, not join the meeting two months before it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cluster-meeting-'));
    const store = new SqliteStore(':memory:');
    try {
      writeFileSync(join(dir, 'a-january.txt'), [
        'US, Japan, South Korea warn firms over North Korean IT workers in joint statement',
        'By Jane Roe, Harbor Wire',
        'Published: January 16, 2025 07:42 GMT',
        'TOKYO (Harbor Wire) - The United States, Japan and South Korea on Wednesday urged technology companies to tighten hiring checks, warning in a joint statement that North Korean IT workers use false identities to earn money for weapons programmes.',
        "The statement followed the third session of the trilateral working group on North Korean cyber threats, held in Tokyo. It was led by Lee Jun-il, director general for North Korean nuclear affairs at South Korea's foreign ministry, Naoki Kumagai, ambassador in charge of cyber policy at Japan's Ministry of Foreign Affairs, and Margaret Holloway, acting deputy special representative for North Korea at the U.S. State Department.",
        'Kumagai said Japan would issue updated guidance to domestic platforms that match freelancers with clients.',
      ].join('\n'));
      writeFileSync(join(dir, 'b-march.txt'), [
        'US, allies agree faster tracing of North Korean crypto after exchange hack',
        'By Jane Roe, Harbor Wire',
        'Published: March 17, 2025 06:15 GMT',
        "SEOUL (Harbor Wire) - South Korea, the United States and Japan agreed last Friday in Washington to share the blockchain addresses used by North Korean hackers within a day of any theft, South Korea's foreign ministry said on Monday.",
        "Lee Jun-il, who leads North Korean nuclear affairs at the ministry, met Margaret Holloway of the State Department and Japan's cyber ambassador Naoki Kumagai for the trilateral working group's fourth round.",
        'The meeting came after the $142 million theft from a Singapore exchange in February, which U.S. investigators pinned on Lazarus Group hackers.',
      ].join('\n'));
      const report = await ingestPaths([dir], createStages(), { store, now: () => '2025-04-01T00:00:00Z' }, { maintain: false });
      assert.equal(report.stored, 2);
      const events = await store.listEvents({ limit: 10, offset: 0 });
      assert.deepEqual(events.map((e) => e.date).sort(), ['2025-01-15', '2025-03-14']);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('cluster: articles with no date at all', () => {
  it('should still join the same story, reading only the latest events of each key', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cluster-undated-'));
    const store = new SqliteStore(':memory:');
    const lookups: CandidateQuery[] = [];
    const lookUp = store.candidateEvents.bind(store);
    store.candidateEvents = (query) => {
      lookups.push(query);
      return lookUp(query);
    };
    try {
      writeFileSync(join(dir, 'a.txt'), [
        'Fire destroys Millbrook grain elevator',
        'A fire destroyed the Hartwell Cooperative grain elevator in Millbrook, fire chief Dana Whitcombe said. No one was hurt, and 40 firefighters from six towns fought the blaze through the night.',
      ].join('\n'));
      writeFileSync(join(dir, 'b.txt'), [
        'Millbrook grain elevator lost to overnight blaze',
        'Firefighters from six towns battled a blaze that destroyed the Hartwell Cooperative grain elevator in Millbrook through the night, fire chief Dana Whitcombe said. Nobody was injured.',
      ].join('\n'));
      const report = await ingestPaths([dir], createStages(), { store, now: () => '2025-04-01T00:00:00Z' }, { maintain: false });
      assert.equal(report.stored, 2);
      assert.equal((await store.listEvents({ limit: 10, offset: 0 })).length, 1);
      const undated = lookups.filter((q) => q.date === null && q.startedSince === undefined);
      assert.ok(undated.length > 0);
      for (const q of undated) assert.ok(q.latestPerKey !== undefined && q.latestPerKey > 0);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
