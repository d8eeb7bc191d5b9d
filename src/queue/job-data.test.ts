import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { tempDir } from '../../test/helpers.js';
import { inputOf, isArticleJob, readJobs, type JobItem } from './job-data.js';
import type { RawDocument } from '../model/types.js';

async function all(paths: string[], maxBytes?: number): Promise<JobItem[]> {
  const items: JobItem[] = [];
  for await (const item of readJobs(paths, maxBytes)) items.push(item);
  return items;
}

describe('queued jobs', () => {
  const dir = tempDir();
  after(() => dir.cleanup());

  it('should carry each document as ingest reads it, a JSON Lines record with its line and metadata', async () => {
    const file = join(dir.path, 'feed.jsonl');
    writeFileSync(file, `${JSON.stringify({ id: 'r1', url: 'https://news.example/a', outlet: 'Example News', body: 'A harbour crane collapsed on Monday in the port of Larchford, the port authority said.' })}\n{broken\n`);
    const items = await all([file]);
    assert.equal(items.length, 2);
    const first = items[0]!;
    assert.ok('job' in first);
    assert.equal(first.job.raw.source.line, 1);
    assert.equal(first.job.raw.source.id, 'r1');
    assert.equal(first.job.raw.hints.outlet, 'Example News');
    assert.ok(isArticleJob(JSON.parse(JSON.stringify(first.job))), 'a job read back from Redis is still a job');
    const second = items[1]!;
    assert.ok('problem' in second);
    assert.match(second.problem.input, /feed\.jsonl:2$/);
  });

  it('should refuse a document whose job would be over the size limit, naming it', async () => {
    // A file just under the limit makes a job just over it (the job carries the text and its source).
    const file = join(dir.path, 'long.txt');
    writeFileSync(file, 'The river rose through the night. '.repeat(58));
    const items = await all([file], 2000);
    assert.equal(items.length, 1);
    const only = items[0]!;
    assert.ok('problem' in only);
    assert.match(only.problem.problem, /^too large for the queue \(0\.0 MB of job data; the limit is 0\.0 MB, see --max-mb\)$/);
    assert.ok(only.problem.input.endsWith('long.txt'));
  });

  it('should name a missing input and a folder of unknown files as ingest does', async () => {
    const items = await all([join(dir.path, 'nowhere.txt')]);
    assert.deepEqual(items.map((i) => ('problem' in i ? i.problem.problem : 'job')), ['no such file or folder']);
    assert.equal(isArticleJob({ format: 2, raw: { content: '' }, notes: [] }), false);
  });

  it('should refuse a job whose document lacks its source, hash, kind or hints, or whose notes are not words', async () => {
    const [item] = await all([join(dir.path, 'feed.jsonl')]);
    assert.ok(item && 'job' in item);
    const good = JSON.parse(JSON.stringify(item.job)) as Record<string, unknown> & { raw: Record<string, unknown> };
    assert.equal(isArticleJob(good), true);
    const without = (key: string) => ({ ...good, raw: Object.fromEntries(Object.entries(good.raw).filter(([k]) => k !== key)) });
    for (const key of ['source', 'contentHash', 'kind', 'hints', 'content']) assert.equal(isArticleJob(without(key)), false, `no ${key}`);
    assert.equal(isArticleJob({ ...good, notes: [1] }), false);
    assert.equal(isArticleJob({ ...good, raw: { ...good.raw, source: { file: 7 } } }), false);
    assert.equal(isArticleJob({ format: 1, raw: { content: 'Some text.' }, notes: [] }), false);
  });

  it('should name a document with no source instead of failing', () => {
    assert.equal(inputOf({ content: 'Some text.' } as unknown as RawDocument), 'request');
    assert.equal(inputOf({ source: { file: 'feed.jsonl', line: 3, id: 'r1' } } as unknown as RawDocument), 'feed.jsonl:3 (id r1)');
  });
});
