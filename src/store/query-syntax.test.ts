import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { foundWords, leftOutExpression, leftOutPhrases, matchExpression, matchPhrases, parseQuery } from './query-syntax.js';

const expression = (text: string): string | null => {
  const parsed = parseQuery(text);
  return parsed && matchExpression(parsed);
};

describe('parseQuery', () => {
  it('should write a query of plain words as it always was, every word required', () => {
    assert.equal(expression('Lazarus ransomware'), '"Lazarus" "ransomware"');
    assert.equal(expression('Lazarus NEAR "group" NOT'), '"Lazarus" "NEAR" "group" "NOT"');
  });

  it('should leave out what a word or phrase after a leading minus names', () => {
    assert.equal(expression('lazarus -ransomware'), '("lazarus") NOT "ransomware"');
    assert.equal(expression('hospital -"cyber attack" -Dublin'), '("hospital") NOT "cyber attack" NOT "Dublin"');
    // A hyphen inside a word, a dash alone or a minus before no word is no exclusion.
    assert.equal(expression('al-Shabaab - attack —'), '"al Shabaab" "attack"');
    assert.equal(expression('strike -al-Shabaab'), '("strike") NOT "al Shabaab"');
  });

  it('should keep a quoted phrase whole, its function words too, and read an unclosed quote to the end', () => {
    assert.equal(expression('"Ministry of Foreign Affairs" Japan'), '"Ministry of Foreign Affairs" "Japan"');
    assert.equal(expression('talks "in the harbour'), '"talks" "in the harbour"');
  });

  it('should seek words joined by hyphens, dots or commas as one phrase: ids, figures, names', () => {
    assert.equal(expression('CVE-2025-0282 exploited'), '"CVE 2025 0282" "exploited"');
    assert.equal(expression('3,400 evacuated in the U.S.'), '"3 400" "evacuated" "U S"');
  });

  it('should take a word news writes both joined and hyphenated in either form, and no other word split', () => {
    assert.equal(expression('runoff Lima'), '("runoff" OR "run off") AND "Lima"');
    assert.equal(expression('run-off'), '("run off" OR "runoff")');
    assert.equal(expression('"cease-fire" talks'), '("cease fire" OR "ceasefire") AND "talks"');
    assert.equal(expression('cannot'), '"cannot"');
  });

  it('should take either side of an OR in capitals, binding before the AND between words', () => {
    assert.equal(expression('lazarus OR kimsuky'), '("lazarus" OR "kimsuky")');
    assert.equal(expression('hack lazarus OR "hidden cobra" -ransomware'), '("hack" AND ("lazarus" OR "hidden cobra")) NOT "ransomware"');
    // A lower-case "or" is a function word; an OR with nothing before it is dropped.
    assert.equal(expression('OR flood or fire'), '"flood" "fire"');
  });

  it('should keep an OR written before a function word that the search leaves out', () => {
    assert.equal(expression('sanctions OR the treasury'), '("sanctions" OR "treasury")');
    assert.equal(expression('seoul sanctions OR the treasury'), '"seoul" AND ("sanctions" OR "treasury")');
    // A query of function words alone keeps them, ORs and all.
    assert.equal(expression('the OR a'), '("the" OR "a")');
  });

  it('should find nothing in a query that only leaves out, or holds no word, and say what such a query leaves out', () => {
    assert.equal(parseQuery('-ransomware'), null);
    assert.equal(parseQuery('  —  '), null);
    assert.equal(leftOutExpression('-ransomware -"data breach"'), '"ransomware" OR "data breach"');
    assert.equal(leftOutExpression('lazarus -ransomware'), null);
    assert.equal(leftOutExpression('lazarus'), null);
  });

  it('should give the phrases a query only leaves out as words, for an engine with a syntax of its own', () => {
    assert.deepEqual(leftOutPhrases('-ransomware -"data breach" -al-Shabaab'), [['ransomware'], ['data', 'breach'], ['al', 'Shabaab']]);
    assert.equal(leftOutPhrases('lazarus -ransomware'), null);
    assert.equal(leftOutPhrases('lazarus'), null);
  });

  it("should list the expression's phrases in order, the left-out ones last, and mark only the found words", () => {
    const parsed = parseQuery('hack lazarus OR "hidden cobra" -ransomware')!;
    assert.deepEqual(matchPhrases(parsed), ['hack', 'lazarus', 'hidden cobra', 'ransomware']);
    assert.deepEqual(foundWords(parsed), ['hack', 'lazarus', 'hidden', 'cobra']);
  });
});
