import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseQuery } from './query-syntax.js';
import { holdsNameWords, nameWords } from './name-words.js';

const names = (text: string): string[] => nameWords(parseQuery(text)!);

describe('nameWords', () => {
  it('should take a capitalised word whose stem a common word has, folded', () => {
    assert.deepEqual(names('Thiès curfew'), ['thies']);
    assert.deepEqual(names('curfew in Thies'), ['thies']);
  });

  it('should leave out lower-case words, OR groups and phrases', () => {
    assert.deepEqual(names('thies curfew'), []);
    assert.deepEqual(names('Thies OR Kaolack'), []);
    assert.deepEqual(names('"Thies market"'), []);
  });

  it('should leave out names no common word shares a stem with, and capitalised common words', () => {
    assert.deepEqual(names('Sarr arrest'), []);
    assert.deepEqual(names('Ukraine'), []);
    assert.deepEqual(names('Protests'), []);
  });
});

describe('holdsNameWords', () => {
  it('should find a word that begins with the name, case and accents aside', () => {
    assert.equal(holdsNameWords(['Shops in Thiès stayed shut.'], ['thies']), true);
    assert.equal(holdsNameWords(['the mayor', "GATES'S office said"], ['gates']), true);
  });

  it('should not take a common word of the same stem, nor the name inside another word', () => {
    assert.equal(holdsNameWords(['This week the gate stayed shut.'], ['thies']), false);
    assert.equal(holdsNameWords(['Tollgates were shut.'], ['gates']), false);
  });
});
