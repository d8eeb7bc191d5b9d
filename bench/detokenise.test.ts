import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detokenise, detokeniseLine } from './detokenise.js';

describe('detokenise', () => {
  it('should attach punctuation, clitics and PTB quotes', () => {
    assert.equal(
      detokeniseLine("`` We did n't expect it , '' the mayor 's aide said ( twice ) ."),
      '“We didn\'t expect it,” the mayor\'s aide said (twice).',
    );
  });

  it('should join numbers, times and compounds the tokeniser split', () => {
    assert.equal(detokeniseLine('A 5 . 8 - magnitude quake hit at 11 : 40 , and 12 , 500 people left .'), 'A 5.8-magnitude quake hit at 11:40, and 12,500 people left.');
  });

  it('should pair free-standing straight quotes', () => {
    assert.equal(detokeniseLine('He said " no " and " yes " .'), 'He said "no" and "yes".');
  });

  it('should rebuild a split web address and keep one sentence a line', () => {
    assert.equal(detokenise('http : / / example . org / a _ b . htm\nLast Updated : Friday , 3 June 2011 , 09 : 15 GMT'), 'http://example.org/a_b.htm\nLast Updated: Friday, 3 June 2011, 09:15 GMT');
  });
});
