import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { initialsOf } from './agencies.js';
import { wireCreditLine } from './wire-credit-line.js';

describe('wireCreditLine', () => {
  it("should read a wire's name ending in a wire's word, with or without the day beside it", () => {
    assert.deepEqual(wireCreditLine('Nordic Press Wire'), { agency: 'Nordic Press Wire', iso: null });
    assert.deepEqual(wireCreditLine('Harbour Wire Service'), { agency: 'Harbour Wire Service', iso: null });
    assert.deepEqual(wireCreditLine('Lakeland News Service'), { agency: 'Lakeland News Service', iso: null });
    assert.deepEqual(wireCreditLine('Fjord Newswire'), { agency: 'Fjord Newswire', iso: null });
    assert.deepEqual(wireCreditLine('Nordic Press Wire | April 7, 2026'), { agency: 'Nordic Press Wire', iso: '2026-04-07' });
  });

  it('should not read a title ending in "Wire", a site called "The Wire", or a name with other words after the bar', () => {
    assert.equal(wireCreditLine('The Wire'), null);
    assert.equal(wireCreditLine('Storm Cuts the Power Wire'), null);
    assert.equal(wireCreditLine('Nordic Press Wire | Markets | Energy'), null);
    assert.equal(wireCreditLine('Nordic Press Wire | Subscribe'), null);
    assert.equal(wireCreditLine('Thieves Strip Copper Wire'), null);
    assert.equal(wireCreditLine('Fishermen Cut Through Barbed Wire'), null);
  });

  it("should give a wire's initials as its datelines write them", () => {
    assert.equal(initialsOf('Nordic Press Wire'), 'NPW');
    assert.equal(initialsOf('Continental Harbour News Service'), 'CHNS');
  });
});
