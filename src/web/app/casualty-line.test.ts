import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { casualtyLine } from './casualty-line.js';

describe('casualtyLine', () => {
  it('should show an outbreak\'s deaths as deaths with the day of the running total, not as killed', () => {
    assert.equal(casualtyLine({ killed: null, injured: null, died: 37, diedAsOf: '2026-04-27' }), 'Deaths from illness: 37 (running total as of 2026-04-27)');
  });

  it('should keep the killed and injured of a violent event as they were', () => {
    assert.equal(casualtyLine({ killed: 2, injured: null }), 'Killed: 2 · Injured: not reported');
  });

  it('should show the missing beside the toll, and nothing of them where none are counted', () => {
    assert.equal(casualtyLine({ killed: 14, injured: null, missing: 30 }), 'Killed: 14 · Injured: not reported · Missing: 30');
    assert.ok(!casualtyLine({ killed: 14, injured: 3 }).includes('Missing'));
  });
});
