/** The extraction benchmark runs end to end on a few pages (the benchmark itself is not a test). */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT, SHARED } from './helpers.js';

const data = join(SHARED, 'data', 'extraction', 'scrapinghub');

describe('bench:extract', { skip: existsSync(data) ? false : 'no ../shared/data beside the project' }, () => {
  it('should print both extractors’ figures and their ratio for a few pages', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'dist', 'bench', 'extract.js'), '--limit', '3', '--sets', 'scrapinghub,pubdate-news'], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /\| scrapinghub \(3\) \| body F1 \| \d\.\d{3} \| \d\.\d{3} \| [\d.]+× \|/);
    assert.match(run.stdout, /\| pubdate-news \(3\), \d with gold \| date accuracy \|/);
  });
});
