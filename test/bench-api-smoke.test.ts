/** bench:api runs end to end on a tiny store for a moment (the benchmark itself is not a test). */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from './helpers.js';

describe('bench:api', () => {
  it('should print our figures beside the static peer and the ratio', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'dist', 'bench', 'api.js'), '--articles', '6', '--seconds', '1', '--connections', '2'], { encoding: 'utf8', timeout: 120_000 });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /\| GET \/api\/events\?limit=20 \(\d+ KB\) \| requests\/s \| \d+ \| \d+ \| [\d.]+× \|/);
    assert.match(run.stdout, /\| GET \/api\/search\?q=crane%20harbour&limit=20 \(\d+ KB\) \| latency p99 \(ms\) \|/);
  });
});
