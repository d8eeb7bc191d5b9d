import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shownEventRole, shownRole } from './participant-part.js';

describe('participant part', () => {
  it('should show the job beside the event role, and the event role alone in place of a case word', () => {
    assert.deepEqual([shownRole({ role: 'reporter', eventRole: 'detained' }), shownEventRole({ role: 'reporter', eventRole: 'detained' })], ['reporter', 'detained']);
    assert.deepEqual([shownRole({ role: 'arrested', eventRole: 'detained' }), shownEventRole({ role: 'arrested', eventRole: 'detained' })], [null, 'detained']);
    assert.deepEqual([shownRole({ role: 'arrested' }), shownEventRole({ role: 'arrested' })], ['arrested', null]);
  });
});
