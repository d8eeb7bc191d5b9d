import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { missingPipelineFlags, PIPELINE_V8_FLAGS, pipelineFlags, SINGLE_THREADED_GC } from './v8-flags.js';

describe('missingPipelineFlags', () => {
  it('should name the flags a process was started without', () => {
    assert.deepEqual(missingPipelineFlags([], {}, 8), [...PIPELINE_V8_FLAGS]);
    assert.deepEqual(missingPipelineFlags(['--expose-gc', ...PIPELINE_V8_FLAGS], {}, 8), []);
    assert.deepEqual(missingPipelineFlags([...PIPELINE_V8_FLAGS], {}, 2), [SINGLE_THREADED_GC]);
    assert.deepEqual(missingPipelineFlags([SINGLE_THREADED_GC, ...PIPELINE_V8_FLAGS], {}, 2), []);
  });

  it('should ask for none when V8 defaults are asked for', () => {
    assert.deepEqual(missingPipelineFlags([], { TRIANGULATE_V8_DEFAULTS: '1' }, 8), []);
    assert.deepEqual(missingPipelineFlags([], { TRIANGULATE_V8_DEFAULTS: 'yes' }, 1), []);
  });
});

describe('pipelineFlags', () => {
  it('should run the collector on the allocating thread on two cores or fewer only', () => {
    assert.deepEqual(pipelineFlags({}, 1), [...PIPELINE_V8_FLAGS, SINGLE_THREADED_GC]);
    assert.deepEqual(pipelineFlags({}, 2), [...PIPELINE_V8_FLAGS, SINGLE_THREADED_GC]);
    assert.deepEqual(pipelineFlags({}, 3), [...PIPELINE_V8_FLAGS]);
  });

  it('should keep the parallel collector when TRIANGULATE_PARALLEL_GC asks for it', () => {
    assert.deepEqual(pipelineFlags({ TRIANGULATE_PARALLEL_GC: '1' }, 2), [...PIPELINE_V8_FLAGS]);
    assert.deepEqual(pipelineFlags({ TRIANGULATE_PARALLEL_GC: 'true' }, 2), [...PIPELINE_V8_FLAGS]);
    // Empty or a no is not asking.
    for (const value of ['', '0', 'false', 'No']) assert.deepEqual(pipelineFlags({ TRIANGULATE_PARALLEL_GC: value }, 2), [...PIPELINE_V8_FLAGS, SINGLE_THREADED_GC], value);
  });
});
