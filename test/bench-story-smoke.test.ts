/** bench:story runs end to end on a short story (the benchmark itself is not a test). */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from './helpers.js';

describe('bench:story', () => {
  it('should grow one event of eight sources and print each tenth against the first', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'dist', 'bench', 'story-growth.js'), '--articles', '40'], { encoding: 'utf8', timeout: 120_000 });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /largest event: 40 articles, 8 sources/);
    assert.match(run.stdout, /\| one story, 40 reports \| ms per article, articles 37-40 \| [\d.]+ \| [\d.]+ \| [\d.]+× \|/);
  });
});
