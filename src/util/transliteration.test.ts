import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { transliterationKey, transliterationSpellings } from './transliteration.js';

describe('transliterationKey', () => {
  it('should give one key to the romanisations of one Russian name', () => {
    assert.deepEqual(['dmitri', 'dmitry', 'dmitriy', 'dmitrii'].map(transliterationKey), ['dmitri', 'dmitri', 'dmitri', 'dmitri']);
    assert.deepEqual(['sergeyev', 'sergeev'].map(transliterationKey), ['sergeev', 'sergeev']);
    assert.deepEqual(['alekseyeva', 'alekseeva'].map(transliterationKey), ['alekseeva', 'alekseeva']);
  });

  it('should keep apart names that differ in more than the romanised ending', () => {
    assert.notEqual(transliterationKey('ivan'), transliterationKey('ivana'));
    assert.notEqual(transliterationKey('petrov'), transliterationKey('petrova'));
    // "-ev" after a consonant is no "-yev" (Lebedev), and short words are left alone ("Amy", "Ami").
    assert.equal(transliterationKey('lebedev'), 'lebedev');
    assert.equal(transliterationKey('amy'), 'amy');
  });
  it('should fold the common Russian given names and Slavic surnames ending in -sky', () => {
    for (const pair of [['sergei', 'sergey'], ['alexei', 'alexey'], ['andrei', 'andrey'], ['nikolai', 'nikolay'], ['yuri', 'yury'], ['yury', 'yuriy'], ['zelensky', 'zelenskyy'], ['zelensky', 'zelenskiy']]) {
      assert.equal(transliterationKey(pair[0]!), transliterationKey(pair[1]!), pair.join(' / '));
    }
  });

  it('should leave alone English given names told apart by -y and -i', () => {
    for (const pair of [['terry', 'terri'], ['bobby', 'bobbi'], ['randy', 'randi'], ['kelly', 'kelli'], ['tracy', 'traci'], ['jerry', 'jerri'], ['ricky', 'ricki']]) {
      assert.notEqual(transliterationKey(pair[0]!), transliterationKey(pair[1]!), pair.join(' / '));
    }
  });
});

describe('transliterationSpellings', () => {
  it("should list the spellings of a word's class, the word first", () => {
    assert.deepEqual(transliterationSpellings('dmitry'), ['dmitry', 'dmitri', 'dmitriy', 'dmitrii']);
    assert.deepEqual(transliterationSpellings('sergeev'), ['sergeev', 'sergeyev']);
    assert.deepEqual(transliterationSpellings('volkov'), ['volkov']);
  });
});
