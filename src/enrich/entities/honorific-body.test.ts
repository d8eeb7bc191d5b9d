import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../model/types.js';
import { withoutHonorificBodies } from './honorific-body.js';

describe('an honorific read as a body', () => {
  it('should drop words of address and keep real bodies', () => {
    const entities: Entity[] = [
      { text: 'Rt Hon', type: 'organization', start: 4, end: 10 },
      { text: 'His Excellency', type: 'organization', start: 20, end: 34 },
      { text: 'Honours Committee', type: 'organization', start: 40, end: 57 },
    ];
    assert.deepEqual(withoutHonorificBodies(entities).map((e) => e.text), ['Honours Committee']);
  });
});
