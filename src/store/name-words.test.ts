import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseQuery } from './query-syntax.js';
import { holdsNameWords, nameWords } from './name-words.js';

const names = (text: string): string[] => nameWords(parseQuery(text)!);

describe('nameWords', () => {
  it('should take a capitalised word that stemming would change, folded', () => {
    assert.deepEqual(names('Thiès curfew'), ['thies']);
    assert.deepEqual(names('Gates foundation'), ['gates']);
  });

  it('should leave out lower-case words, words stemming keeps, OR groups and phrases', () => {
    assert.deepEqual(names('gates curfew'), []);
    assert.deepEqual(names('Sarr arrest'), []);
    assert.deepEqual(names('Gates OR Wales'), []);
    assert.deepEqual(names('"Gates Street"'), []);
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
