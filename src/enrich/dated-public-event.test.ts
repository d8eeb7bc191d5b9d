import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { datedPublicEvent } from './dated-public-event.js';

describe('datedPublicEvent', () => {
  it("should read 'the May 12 protest' as another public event named by its day", () => {
    assert.equal(datedPublicEvent('officials responsible for breaking up the ', 'May 12', ' protest in Corvo, in which'), true);
  });

  it('should leave a weekday, a day without "the" and a shooting named by its day alone', () => {
    assert.equal(datedPublicEvent('officials at the ', 'Sunday', ' protest in Corvo'), false);
    assert.equal(datedPublicEvent('marchers gathered on ', 'May 12', ' in Corvo'), false);
    assert.equal(datedPublicEvent('charged over the ', 'May 12', ' shooting in Corvo'), false);
  });
});
