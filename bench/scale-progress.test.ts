import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { addSpan, newScaleState, overallPerSecond, readScaleState, tenthOf, tenthRates, writeScaleState } from './scale-progress.js';

describe('scale run progress', () => {
  it('should put a span in the tenth it starts in', () => {
    assert.equal(tenthOf(0, 1000), 1);
    assert.equal(tenthOf(99, 1000), 1);
    assert.equal(tenthOf(100, 1000), 2);
    assert.equal(tenthOf(999, 1000), 10);
    assert.equal(tenthOf(1000, 1000), 10);
  });

  it('should add up spans of several sittings per tenth, and leave out what no sitting measured', () => {
    const state = newScaleState(1000);
    // First sitting: 0-25 unmeasured (its start), 25-50 and 50-75 measured, then stopped.
    state.gaps.push([0, 25]);
    addSpan(state, 25, 50, 500, 1000);
    addSpan(state, 50, 75, 500, 1000);
    // Second sitting goes on from 75: 75-100 unmeasured, 100-125 measured in the second tenth.
    state.gaps.push([75, 100]);
    addSpan(state, 100, 125, 250, 250);
    assert.deepEqual(state.tenths['1'], { articles: 50, cpuMs: 1000, wallMs: 2000 });
    assert.deepEqual(tenthRates(state, 1), { perSecond: 25, perCpuSecond: 50 });
    assert.deepEqual(tenthRates(state, 2), { perSecond: 100, perCpuSecond: 100 });
    assert.ok(Number.isNaN(tenthRates(state, 3).perSecond));
    assert.equal(overallPerSecond(state), (75 * 1000) / 2250);
  });

  it('should write the state whole and read it back, and refuse a file that is no state', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scale-progress-'));
    try {
      const file = join(dir, 'state.json');
      assert.equal(readScaleState(file), null);
      const state = newScaleState(500);
      state.next = 250;
      addSpan(state, 0, 250, 10, 20);
      writeScaleState(file, state);
      assert.deepEqual(readScaleState(file), state);
      writeFileSync(file, '{"tenths": {}}');
      assert.throws(() => readScaleState(file), /state\.json: not a scale run's state/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
