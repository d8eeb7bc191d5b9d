/**
 * A worker that stops, asked to or because its store went away, loses no article: the jobs it did not
 * finish stay in the queue for the next worker, and none is failed. Real CLI processes, a throw-away
 * redis-server and PostgreSQL server; skips without them (unless TRIANGULATE_REQUIRE_REDIS=1 / _POSTGRES=1).
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { assertSchema, floodPage, runCli, tempDir } from '../../test/helpers.js';
import { PostgresStore } from '../store/postgres/postgres-store.js';
import { postgresBinaries, startThrowawayServer, type ThrowawayServer } from '../store/postgres/throwaway-server.js';
import { freshDatabase, redisBinary, startCli, until } from './test-servers.js';
import { startThrowawayRedis, type ThrowawayRedis } from './throwaway-redis.js';

const pgBin = postgresBinaries();
if (!pgBin && process.env.TRIANGULATE_REQUIRE_POSTGRES === '1') throw new Error('TRIANGULATE_REQUIRE_POSTGRES=1, and no PostgreSQL is installed');

/** Articles in the pages folder: enough that a worker is still busy when it is stopped. */
const PAGES = 40;

async function storedArticles(url: string): Promise<number> {
  const store = new PostgresStore(url, { mustExist: true });
  try {
    return (await store.counts()).articles;
  } finally {
    await store.close();
  }
}

function counts(stdout: string): { waiting: number; active: number; delayed: number; completed: number; failed: number } {
  return JSON.parse(stdout).counts;
}

if (!redisBinary || !pgBin) {
  describe('a worker that stops', () => {
    it('needs redis-server and PostgreSQL installed: skipped', { skip: `no ${redisBinary ? 'PostgreSQL' : 'redis-server'} on this machine` }, () => undefined);
  });
} else {
  let redis: ThrowawayRedis | null = null;
  const dir = tempDir();
  const pages = join(dir.path, 'pages');
  const [redisProgram, pgPrograms] = [redisBinary, pgBin];
  before(async () => {
    redis = await startThrowawayRedis(redisProgram);
    mkdirSync(pages);
    for (let n = 0; n < PAGES; n++) writeFileSync(join(pages, `page-${String(n).padStart(3, '0')}.txt`), floodPage(n));
  });
  after(async () => {
    await redis?.stop();
    dir.cleanup();
  });

  describe('a worker that stops', () => {
    it('should, on SIGTERM, finish the article in hand and leave the rest to a second worker', async () => {
      const postgres = startThrowawayServer(pgPrograms);
      try {
        const db = await freshDatabase(postgres.url, 'stopped');
        const queue = ['--queue', redis!.url, '--queue-name', 'stopped'];
        const queued = await runCli(['ingest', pages, ...queue, '--json']);
        assert.equal(queued.code, 0, queued.stderr);
        assertSchema('queue-report', JSON.parse(queued.stdout));
        assert.equal(JSON.parse(queued.stdout).queued, PAGES);
        const first = startCli(['worker', ...queue, '--db', db]);
        await until(() => (first.stdout().match(/^stored: /gm) ?? []).length >= 3, 60_000, 'the first worker to store three articles');
        first.signal('SIGTERM');
        assert.equal(await first.exited, 0, first.stderr());
        const byFirst = (first.stdout().match(/^stored: /gm) ?? []).length;
        assert.ok(byFirst < PAGES, 'the first worker stopped before the queue was empty');
        assert.match(first.stderr(), /finishing the job\(s\) in hand; the rest stay in the queue/);
        assert.equal(await storedArticles(db), byFirst, 'every article it said it stored is stored, no other');
        const left = counts((await runCli(['queue', ...queue, '--json'])).stdout);
        assert.deepEqual(left, { waiting: PAGES - byFirst, active: 0, delayed: 0, completed: byFirst, failed: 0 });
        const second = startCli(['worker', ...queue, '--db', db, '--until-empty', '--quiet']);
        assert.equal(await second.exited, 0, second.stderr());
        assert.equal(await storedArticles(db), PAGES);
      } finally {
        postgres.stop();
      }
    });

    it('should, when its store goes away, fail no job: the one in hand goes back to the queue and the worker stops with one error', async () => {
      const postgres: ThrowawayServer = startThrowawayServer(pgPrograms);
      try {
        const db = await freshDatabase(postgres.url, 'gone');
        const queue = ['--queue', redis!.url, '--queue-name', 'gone'];
        assert.equal((await runCli(['ingest', pages, ...queue])).code, 0);
        const worker = startCli(['worker', ...queue, '--db', db]);
        await until(() => (worker.stdout().match(/^stored: /gm) ?? []).length >= 3, 60_000, 'the worker to store three articles');
        postgres.stop();
        assert.equal(await worker.exited, 1, worker.stderr());
        // The server may be caught mid-shutdown, refusing connections as starting or stopping: the same loss, told as it was seen.
        assert.match(worker.stderr(), /PostgreSQL server .*(cannot be reached|shut down|is starting or stopping)/);
        assert.match(worker.stderr(), /the job in hand went back to the queue/);
        assert.ok(worker.stderr().split('\n').filter((l) => l.startsWith('error:')).length <= 2, worker.stderr());
        const stored = (worker.stdout().match(/^stored: /gm) ?? []).length;
        const left = counts((await runCli(['queue', ...queue, '--json'])).stdout);
        assert.equal(left.failed, 0, 'no job failed');
        assert.equal(left.completed, stored);
        assert.equal(left.waiting + left.delayed, PAGES - stored, 'every article not stored is still queued');
      } finally {
        postgres.stop();
      }
    });
  });
}
