import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sameTeller } from './same-teller.js';

describe('sameTeller', () => {
  it('should take a body, its short name and its initials for one teller', () => {
    assert.equal(sameTeller('board', 'national election board'), true);
    assert.equal(sameTeller('usgs', 'u.s. geological survey'), true);
    assert.equal(sameTeller('interior ministry', 'interior ministry spokeswoman dana ruse'), true);
  });

  it('should keep two bodies apart', () => {
    assert.equal(sameTeller('interior ministry', 'a morvian rights group'), false);
    assert.equal(sameTeller('emsc', 'tarsin seismic institute'), false);
  });
});
