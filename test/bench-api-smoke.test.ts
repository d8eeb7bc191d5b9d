/** bench:api runs end to end on a tiny store for a moment (the benchmark itself is not a test). */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from './helpers.js';

describe('bench:api', () => {
  it('should print our figures beside the static peer and the ratio', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'dist', 'bench', 'api.js'), '--articles', '40', '--seconds', '1', '--warmup', '1', '--connections', '2'], { encoding: 'utf8', timeout: 180_000 });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /\| event list \(\d+ URLs, mean \d+ KB\), answer cache off \| requests\/s \| \d+ \| \d+ \| [\d.]+× \|/);
    assert.match(run.stdout, /\| event page \(\d+ URLs, mean \d+ KB\), answer cache on \| latency p95 \(ms\) \|/);
    assert.match(run.stdout, /\| search \(\d+ URLs, mean \d+ KB\), answer cache off \| latency p95 \(ms\) \|/);
    assert.match(run.stdout, /\| event page while 2 more clients search, answer cache off \| latency p95 \(ms\) \|/);
  });
});
