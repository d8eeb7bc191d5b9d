import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseQuery } from './query-syntax.js';
import { commonContinuations, holdsNameWords, nameCandidates, nameWords, namesOfParam } from './name-words.js';

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
    assert.deepEqual(names('Banks'), []);
  });

  it('should take an inflected common word that news text mostly writes with a capital, as a surname', () => {
    assert.deepEqual(names('Gates'), ['gates']);
    assert.deepEqual(names('Woods foundation'), ['woods']);
    assert.deepEqual(names('gates'), []);
  });

  it('should take a word the store has as a person\'s name capitalised, an inflected common word only then', () => {
    const stored = (text: string, people: string[]): string[] => nameWords(parseQuery(text)!, new Set(people));
    assert.deepEqual(stored('Gates', ['gates']), ['Gates']);
    assert.deepEqual(stored('Banks', ['banks']), ['Banks']);
    assert.deepEqual(stored('Banks', []), []);
    assert.deepEqual(stored('banks', ['banks']), []);
  });
});

describe('nameCandidates', () => {
  it('should say which words are names whatever the store holds and which only with a person so named', () => {
    assert.deepEqual(nameCandidates(parseQuery('Gates Banks Police')!), [{ plain: 'gates', always: true }, { plain: 'banks', always: false }]);
  });
});

describe('holdsNameWords', () => {
  it('should find a word that begins with the name, case and accents aside', () => {
    assert.equal(holdsNameWords(['Shops in Thiès stayed shut.'], ['thies']), true);
    assert.equal(holdsNameWords(['the mayor', "GATES'S office said"], ['gates']), true);
  });

  it('should find a capitalised name only as written with a capital or in capitals', () => {
    assert.equal(holdsNameWords(['Crowds waited at the gates of the prison.'], ['Gates']), false);
    assert.equal(holdsNameWords(['Mayor Gates spoke.'], ['Gates']), true);
    assert.equal(holdsNameWords(['GATES\'S OFFICE'], ['Gates']), true);
  });

  it('should not take a common word of the same stem, nor the name inside another word', () => {
    assert.equal(holdsNameWords(['This week the gate stayed shut.'], ['thies']), false);
    assert.equal(holdsNameWords(['Tollgates were shut.'], ['gates']), false);
  });
});

describe('holdsNameWords and common words that begin with the name', () => {
  it('should not count a common word the name is the start of', () => {
    assert.equal(holdsNameWords(['Porters carried the crates ashore.'], ['carrie']), false);
    assert.equal(holdsNameWords(['The carrier and the carriers sailed.'], ['carrie']), false);
  });

  it('should still count the name itself, its possessive, or a longer name, beside such a word', () => {
    assert.equal(holdsNameWords(['Porters carried crates for Carrie.'], ['carrie']), true);
    assert.equal(holdsNameWords(["Carrie's stall"], ['carrie']), true);
    assert.equal(holdsNameWords(['Carrieanne Voss spoke.'], ['carrie']), true);
  });

  it('should read texts of several lines the same as one line', () => {
    assert.equal(holdsNameWords(['Quay report', 'First line.\nTraders in Thiès left.\n'], ['thies']), true);
    assert.equal(holdsNameWords(['First line.\nThey carried on.'], ['carrie']), false);
  });

  it('should list the endings of common words that begin with a name', () => {
    const after = commonContinuations('carrie');
    for (const ending of ['d', 'r', 'rs', 's']) assert.ok(after.includes(ending), ending);
    assert.deepEqual(commonContinuations('thies'), []);
  });
});

describe('namesOfParam', () => {
  it('should give the names of a JSON parameter, the same list for the same parameter', () => {
    assert.deepEqual(namesOfParam('["carrie","thies"]'), ['carrie', 'thies']);
    assert.equal(namesOfParam('["carrie","thies"]'), namesOfParam('["carrie","thies"]'));
  });
});
