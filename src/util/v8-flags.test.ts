import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { missingPipelineFlags, PIPELINE_V8_FLAGS } from './v8-flags.js';

describe('missingPipelineFlags', () => {
  it('should name the flags a process was started without', () => {
    assert.deepEqual(missingPipelineFlags([], {}), [...PIPELINE_V8_FLAGS]);
    assert.deepEqual(missingPipelineFlags(['--expose-gc', ...PIPELINE_V8_FLAGS], {}), []);
  });

  it('should ask for none when V8 defaults are asked for', () => {
    assert.deepEqual(missingPipelineFlags([], { TRIANGULATE_V8_DEFAULTS: '1' }), []);
  });
});
