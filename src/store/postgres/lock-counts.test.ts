import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { appendLockCounts, sumLockCounts } from './lock-counts.js';
import { noLockCounts } from './write-lock.js';

describe('lock counts for a bench', () => {
  it('should append one line per store to the named file and sum the lines of several processes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lock-counts-'));
    try {
      const file = join(dir, 'counts.jsonl');
      appendLockCounts(file, { ...noLockCounts(), keyed: 3, waited: 1, waitedMs: 12.4 });
      appendLockCounts(file, { ...noLockCounts(), keyed: 2, wholeAsked: 5 });
      const sum = sumLockCounts(readFileSync(file, 'utf8').split('\n'));
      assert.equal(sum.processes, 2);
      assert.equal(sum.keyed, 5);
      assert.equal(sum.wholeAsked, 5);
      assert.equal(sum.waitedMs, 12);
      assert.ok(sum.cpuMs >= 0, 'each line carries its process CPU time');
      assert.equal(sumLockCounts([]).keyed, 0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('should write nothing when no file is named', () => {
    assert.doesNotThrow(() => appendLockCounts(undefined, noLockCounts()));
  });
});
