import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { constraint, diskFull, failingStore } from '../../test/failing-store.js';
import { floodPage as page, tempDir } from '../../test/helpers.js';
import { createStages } from '../pipeline.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { ingestPaths } from './batch.js';
import { FileOutcomes } from './file-outcomes.js';

describe('ingestPaths on a store that fills up', () => {
  const dir = tempDir();
  after(() => dir.cleanup());
  const files = [1, 2, 3, 4].map((n) => {
    const path = join(dir.path, `page-${n}.txt`);
    writeFileSync(path, page(n));
    return path;
  });

  it('should stop at the first article the full disk refuses, with one error naming it, and keep what went in', async () => {
    const { store, writes } = failingStore((n) => (n > 1 ? diskFull() : null));
    const outcomes = new FileOutcomes();
    const report = await ingestPaths(files, createStages(), { store, now: () => '2025-05-06T12:00:00Z' }, { outcomes });
    assert.equal(report.stored, 1);
    assert.equal(report.stopped, 'the disk is full');
    // One error, for the second file: the third and fourth were not read, so not tried.
    assert.deepEqual(report.errors.map((e) => e.input), [files[1]]);
    assert.match(report.errors[0]!.problem, /^store failed: the disk is full \(database or disk is full\); the batch stopped here: the 1 article\(s\) stored before it stay/);
    assert.equal(writes(), 2);
    assert.equal((await store.counts()).articles, 1);
    // An upload is answered file by file: the files not reached say why.
    assert.deepEqual(outcomes.list().map((o) => o.status), ['stored', 'refused', 'refused', 'refused']);
    assert.match(outcomes.list()[2]!.errors[0]!.problem, /^not read: the batch stopped \(the disk is full\)/);
    await store.close();
  });

  it('should go on past a failure of one write that is not the store\'s (no stop)', async () => {
    const { store } = failingStore((n) => (n === 1 ? constraint() : null));
    const report = await ingestPaths(files, createStages(), { store, now: () => '2025-05-06T12:00:00Z' });
    assert.equal(report.stopped, undefined);
    assert.equal(report.stored, 3);
    assert.deepEqual(report.errors.map((e) => e.input), [files[0]]);
    await store.close();
  });
});

describe("ingestPaths: a JSON Lines record's date against the pipeline's clock", () => {
  const dir = tempDir();
  after(() => dir.cleanup());
  const file = join(dir.path, 'ahead.jsonl');
  writeFileSync(file, `${JSON.stringify({ publishedAt: '2031-03-04', title: 'Dam opens', text: 'The new Harlow dam opened on Tuesday, the water board said. It holds 40 million cubic metres.' })}\n`);

  const publishedAt = async (now: string): Promise<string | null> => {
    const store = new SqliteStore(':memory:');
    try {
      const report = await ingestPaths([file], createStages(), { store, now: () => now }, { maintain: false });
      assert.equal(report.stored, 1);
      return (await store.getArticle(report.articleIds[0]!))!.publishedAt;
    } finally {
      await store.close();
    }
  };

  it('should keep a date before the clock, and refuse one after it, whatever the machine\'s own time', async () => {
    // A replay or a benchmark ingests with a fixed clock: the machine's time is not the ingest's.
    assert.equal((await publishedAt('2032-01-01T00:00:00Z'))?.slice(0, 10), '2031-03-04');
    assert.equal(await publishedAt('2025-01-01T00:00:00Z'), null);
  });
});

describe('ingestPaths: a batch of articles stored with no event', () => {
  const dir = tempDir();
  after(() => dir.cleanup());
  const files = [1, 2].map((n) => {
    const path = join(dir.path, `column-${n}.txt`);
    writeFileSync(path, `Opinion: Our harbour needs a second crane ${n}\n\nThe crane at Tollmouth broke down on Monday for the third time this year.\n\nThe views expressed in this column are the author's own.\n`);
    return path;
  });

  it('should still run the store housekeeping, since the articles were written', async () => {
    const store = new SqliteStore(':memory:');
    let maintained = 0;
    const maintain = store.maintain.bind(store);
    store.maintain = async (options) => {
      maintained += 1;
      return maintain(options);
    };
    try {
      const report = await ingestPaths(files, createStages(), { store, now: () => '2026-03-04T12:00:00Z' });
      assert.equal(report.stored, 2);
      assert.equal((await store.counts()).events, 0);
      assert.ok(maintained >= 1);
    } finally {
      await store.close();
    }
  });
});
