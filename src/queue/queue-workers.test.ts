/**
 * Ingest through a Redis queue, end to end with the real CLI: a throw-away redis-server and PostgreSQL
 * server, articles queued by `ingest --queue`, stored by `worker` processes. Skips without redis-server
 * or PostgreSQL installed (unless TRIANGULATE_REQUIRE_REDIS=1 / TRIANGULATE_REQUIRE_POSTGRES=1).
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Queue } from 'bullmq';
import { assertSchema, EXAMPLES, runCli, tempDir } from '../../test/helpers.js';
import { PostgresStore } from '../store/postgres/postgres-store.js';
import { postgresBinaries, startThrowawayServer, type ThrowawayServer } from '../store/postgres/throwaway-server.js';
import { freshDatabase, redisBinary, startCli, until } from './test-servers.js';
import { startThrowawayRedis, type ThrowawayRedis } from './throwaway-redis.js';

const pgBin = postgresBinaries();
if (!pgBin && process.env.TRIANGULATE_REQUIRE_POSTGRES === '1') throw new Error('TRIANGULATE_REQUIRE_POSTGRES=1, and no PostgreSQL is installed');

/** Each event's articles, sorted, the events sorted: what two ways of ingesting must agree on. */
async function eventsOf(url: string): Promise<string[][]> {
  const store = new PostgresStore(url, { mustExist: true });
  try {
    const events = await store.listEvents();
    const members = await Promise.all(events.map(async (e) => (await store.eventMembers(e.id)).map((m) => m.id).sort()));
    return members.sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
  } finally {
    await store.close();
  }
}

if (!redisBinary || !pgBin) {
  describe('ingest through a Redis queue', () => {
    it('needs redis-server and PostgreSQL installed: skipped', { skip: `no ${redisBinary ? 'PostgreSQL' : 'redis-server'} on this machine` }, () => undefined);
  });
} else {
  let redis: ThrowawayRedis | null = null;
  let postgres: ThrowawayServer | null = null;
  const dir = tempDir();
  const [redisProgram, pgPrograms] = [redisBinary, pgBin];
  before(async () => {
    redis = await startThrowawayRedis(redisProgram);
    postgres = startThrowawayServer(pgPrograms);
  });
  after(async () => {
    await redis?.stop();
    postgres?.stop();
    dir.cleanup();
  });

  describe('ingest through a Redis queue', () => {
    it('should give, with two workers on one PostgreSQL store, the events one plain ingest gives', async () => {
      const plain = await freshDatabase(postgres!.url, 'plain');
      const queued = await freshDatabase(postgres!.url, 'queued');
      const direct = await runCli(['ingest', EXAMPLES, '--db', plain, '--no-progress']);
      assert.equal(direct.code, 0, direct.stderr);
      const enqueued = await runCli(['ingest', EXAMPLES, '--queue', redis!.url, '--queue-name', 'examples']);
      assert.equal(enqueued.code, 0, enqueued.stderr);
      assert.match(enqueued.stdout, /^10 article\(s\) queued, from 10 file\(s\) into redis:\/\/127\.0\.0\.1:\d+ \(queue examples\)/);
      const workers = [0, 1].map(() => startCli(['worker', '--queue', redis!.url, '--queue-name', 'examples', '--db', queued, '--until-empty']));
      const codes = await Promise.all(workers.map((w) => w.exited));
      assert.deepEqual(codes, [0, 0], workers.map((w) => w.stderr()).join('\n'));
      const stored = workers.map((w) => (w.stdout().match(/^stored: /gm) ?? []).length);
      assert.equal(stored[0]! + stored[1]!, 10, workers.map((w) => w.stdout()).join('\n'));
      assert.deepEqual(await eventsOf(queued), await eventsOf(plain));
      const status = await runCli(['queue', '--queue', redis!.url, '--queue-name', 'examples', '--json']);
      assertSchema('queue-status', JSON.parse(status.stdout));
      assert.deepEqual(JSON.parse(status.stdout).counts, { waiting: 0, active: 0, delayed: 0, completed: 10, failed: 0 });
    });

    it('should, with --wait, print what became of each input as ingest does, fail only the bad input\'s job, and let the failed be retried or cleared', async () => {
      const db = await freshDatabase(postgres!.url, 'waited');
      const inputs = join(dir.path, 'inputs');
      mkdirSync(inputs);
      writeFileSync(join(inputs, 'short.txt'), 'Too short to be an article.');
      writeFileSync(join(inputs, 'records.jsonl'), `{"id":"a1","body":"not closed"\n`);
      const queue = ['--queue', redis!.url, '--queue-name', 'waited'];
      const worker = startCli(['worker', ...queue, '--db', db]);
      try {
        const first = await runCli(['ingest', inputs, join(EXAMPLES, 'wellington-earthquake'), ...queue, '--wait']);
        assert.equal(first.code, 2, first.stderr);
        assert.match(first.stdout, /^2 article\(s\) stored, 0 already stored, 2 refused \(listed below\), from 4 file\(s\) into redis:\/\/127\.0\.0\.1:\d+ \(queue waited\) \(by its workers\)/);
        assert.match(first.stderr, /error: .*records\.jsonl:1: not valid JSON/);
        assert.match(first.stderr, /error: .*short\.txt: extract failed: too little text/);
        const again = await runCli(['ingest', join(EXAMPLES, 'wellington-earthquake'), ...queue, '--wait', '--json']);
        assert.equal(again.code, 0, `${again.stdout}${again.stderr}`);
        const report = JSON.parse(again.stdout);
        assertSchema('ingest-report', report);
        assert.equal(report.duplicates, 2);
        assert.equal(report.stored, 0);
        const none = await runCli(['ingest', join(inputs, 'short.txt'), ...queue, '--wait']);
        assert.equal(none.code, 1, 'every input refused: exit code 1, as ingest');
        // The two failed jobs are listed with their messages, then retried (and fail again), then cleared.
        const status = JSON.parse((await runCli(['queue', ...queue, '--json'])).stdout);
        assertSchema('queue-status', status);
        assert.equal(status.counts.failed, 2);
        assert.ok(status.failed.every((f: { input: string; message: string }) => f.input.endsWith('short.txt') && /too little text/.test(f.message)));
        assert.equal(status.failed[0].attempts, 1, 'a document that cannot be read is not retried');
        const retried = await runCli(['queue', ...queue, '--retry-failed']);
        assert.match(retried.stdout, /^2 failed job\(s\) back in the queue/);
        await new Promise((resolve) => setTimeout(resolve, 1500));
        const cleared = await runCli(['queue', ...queue, '--clear-failed', '--json']);
        assertSchema('queue-report', JSON.parse(cleared.stdout));
        assert.equal(JSON.parse(cleared.stdout).cleared, 2);
        const after = JSON.parse((await runCli(['queue', ...queue, '--json'])).stdout);
        assert.equal(after.counts.failed, 0);
      } finally {
        worker.signal('SIGTERM');
        assert.equal(await worker.exited, 0, worker.stderr());
      }
    });

    it('should refuse a queue it cannot reach with one line that shows no password', async () => {
      const result = await runCli(['ingest', EXAMPLES, '--queue', 'redis://:hunter2@127.0.0.1:1/0']);
      assert.equal(result.code, 1);
      assert.match(result.stderr, /^triangulate: cannot reach the Redis queue at redis:\/\/:\*\*\*@127\.0\.0\.1:1\/0/);
      assert.ok(!result.stderr.includes('hunter2'));
      assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
    });

    it('should fail a malformed job with a logged, counted reason, and still list it in the queue', async () => {
      const address = new URL(redis!.url);
      const queue = new Queue('malformed', { connection: { host: address.hostname, port: Number(address.port) } });
      try {
        await queue.add('article', { format: 1, raw: { content: 'Some text.' }, notes: [] }, { attempts: 3 });
      } finally {
        await queue.close();
      }
      const args = ['--queue', redis!.url, '--queue-name', 'malformed'];
      const worker = await runCli(['worker', ...args, '--db', join(dir.path, 'malformed.db'), '--until-empty']);
      assert.equal(worker.code, 0, worker.stderr);
      assert.match(worker.stdout, /^failed: job 1: not an article job this version of Triangulate can read/m);
      assert.match(worker.stderr, /worker stopped: 0 article\(s\) stored, 0 already stored, 1 failed/);
      const status = await runCli(['queue', ...args, '--json']);
      assert.equal(status.code, 0, status.stderr);
      const listed = JSON.parse(status.stdout);
      assert.equal(listed.counts.failed, 1);
      assert.equal(listed.failed[0].input, '(not an article job)');
    });

    it('should refuse a second worker on one SQLite file', async () => {
      const db = join(dir.path, 'one.db');
      const queue = ['--queue', redis!.url, '--queue-name', 'sqlite'];
      const first = startCli(['worker', ...queue, '--db', db]);
      try {
        await until(() => first.stderr().includes('worker taking articles'), 30_000, 'the first worker to start');
        const second = await runCli(['worker', ...queue, '--db', db]);
        assert.equal(second.code, 1);
        assert.match(second.stderr, /a SQLite store takes one worker at a time/);
      } finally {
        first.signal('SIGINT');
        await first.exited;
      }
    });
  });
}
