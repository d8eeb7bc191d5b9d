/** bench:api runs end to end on a tiny store for a moment, under each load tool (the benchmark itself is not a test). */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { postgresBinaries } from '../src/store/postgres/throwaway-server.js';
import { ROOT, SHARED, tempDir } from './helpers.js';

const hasWrk = !spawnSync('wrk', ['--version'], { stdio: 'ignore' }).error;
/** The bench builds its store from GVA's articles. */
const noData = existsSync(join(SHARED, 'data', 'clustering', 'gva', 'documents.jsonl')) ? false : 'no ../shared/data beside the project';

describe('bench:api', () => {
  const dir = tempDir();
  after(() => dir.cleanup());
  // The first run builds the store and keeps it; the second reuses it.
  const store = join(dir.path, 'bench.db');

  for (const tool of ['autocannon', 'wrk'] as const) {
    it(`should print our figures beside the static peer and the ratio, loaded by ${tool}`, { skip: noData || (tool === 'wrk' && !hasWrk ? 'wrk is not installed (.ci/run installs it)' : false) }, () => {
      const run = spawnSync(process.execPath, [join(ROOT, 'dist', 'bench', 'api.js'), '--articles', '40', '--seconds', '1', '--warmup', '1', '--connections', '2', '--store', store, '--load', tool], { encoding: 'utf8', timeout: 180_000 });
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stdout, new RegExp(`per mix \\(load: ${tool}\\)`));
      assert.match(run.stdout, /\| event list \(\d+ URLs, mean \d+ KB\), answer cache off \| requests\/s \| \d+ \| \d+ \| [\d.]+× \|/);
      assert.match(run.stdout, /\| event page \(\d+ URLs, mean \d+ KB\), answer cache on \| latency p95 \(ms\) \| [\d.]+ \| [\d.]+ \|/);
      assert.match(run.stdout, /\| search \(\d+ URLs, mean \d+ KB\), answer cache off \| latency p95 \(ms\) \| [\d.]+ \| [\d.]+ \|/);
      assert.match(run.stdout, /\| event page while 2 more clients search, answer cache off \| latency p95 \(ms\) \|/);
    });
  }

  it('should load a PostgreSQL store and a SQLite file holding the same articles, in turn, and print both', { skip: noData || (postgresBinaries() ? false : 'no PostgreSQL binaries on this machine') }, () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'dist', 'bench', 'api.js'), '--postgres', 'throwaway', '--articles', '40', '--rounds', '1', '--seconds', '1', '--warmup', '1', '--connections', '2', '--store', join(dir.path, 'beside-postgres.db'), '--load', 'autocannon'], { encoding: 'utf8', timeout: 240_000 });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^API on PostgreSQL and on SQLite holding the same 40 articles/);
    assert.match(run.stdout, /\| serve on PostgreSQL \| serve on SQLite \|/);
    assert.match(run.stdout, /\| search \(\d+ URLs\), answer cache off, mean of 1 rounds \| latency p95 \(ms\) \| [\d.]+ \| [\d.]+ \| [\d.]+× \|/);
  });

  it('should refuse a load tool it does not know', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'dist', 'bench', 'api.js'), '--load', 'ab', '--store', join(dir.path, 'none.db')], { encoding: 'utf8', timeout: 60_000 });
    assert.equal(run.status, 1);
    assert.match(run.stderr, /--load must be wrk or autocannon, got 'ab'/);
  });
});
