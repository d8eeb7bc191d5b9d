import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seatOfDatelineBody } from './body-seat-dateline.js';

describe('seatOfDatelineBody', () => {
  it('should give New York City for a UN dateline, in capitals or not, and nothing for a town', () => {
    assert.equal(seatOfDatelineBody('UNITED NATIONS'), 'New York City');
    assert.equal(seatOfDatelineBody('United Nations'), 'New York City');
    assert.equal(seatOfDatelineBody('GENEVA'), null);
  });
});
