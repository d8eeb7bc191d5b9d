import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { claimClauses } from './fact-clauses.js';

const read = (text: string): [string, string] | null => {
  const clauses = claimClauses(text);
  return clauses && [clauses[0].read, clauses[1].read];
};

describe('claimClauses', () => {
  it('should read a second verb with the subject it shares with the first, and show what it leaves out', () => {
    const clauses = claimClauses('Police arrested two men and seized three rifles at the farmhouse.');
    assert.deepEqual(clauses && [clauses[0].read, clauses[1].read], ['Police arrested two men', 'Police seized three rifles at the farmhouse.']);
    assert.equal(clauses?.[1].shown, 'Police … seized three rifles at the farmhouse.');
    assert.deepEqual(clauses && [clauses[0].verb, clauses[1].verb], ['arrested', 'seized']);
    // A passive's auxiliary goes with the subject.
    assert.deepEqual(read('The driver was detained on Tuesday and charged with arson.'), ['The driver was detained on Tuesday', 'The driver was charged with arson.']);
  });

  it('should read two things said, the second after "and that", each with who said it', () => {
    const clauses = claimClauses('The interior ministry said police had arrested four suspects in Lyon and that the border crossings were reopened on Monday.');
    assert.deepEqual(clauses && [clauses[0].read, clauses[1].read], ['The interior ministry said police had arrested four suspects in Lyon', 'The interior ministry said the border crossings were reopened on Monday.']);
    assert.deepEqual(clauses && [clauses[0].verb, clauses[1].verb], ['arrested', 'reopened']);
    assert.equal(clauses?.[1].shown, 'The interior ministry said … the border crossings were reopened on Monday.');
    // No verb of saying before "and that", or no verb on one side: not two things said.
    assert.equal(claimClauses('He said that he and that man were friends.'), null);
    assert.equal(claimClauses('The report and that letter reached the ministry on Monday.'), null);
  });

  it('should read ", adding that" after a thing said as a second thing said', () => {
    const clauses = claimClauses('The company said customer bank details had not been accessed, adding that it had hired outside investigators.');
    assert.deepEqual(clauses && [clauses[0].read, clauses[1].read], ['The company said customer bank details had not been accessed', 'The company said it had hired outside investigators.']);
    // Without the comma, or without a thing said before it, it is no second claim.
    assert.equal(claimClauses('The firm was adding that feature to its app on Monday.'), null);
  });

  it('should read who says it with each claim, and the act of what is said as the claim\'s verb', () => {
    assert.deepEqual(read('Police said they arrested two men and seized three rifles.'), ['Police said they arrested two men', 'Police said they seized three rifles.']);
    const clauses = claimClauses('Investigators attributed the intrusion to a group linked to North Korea and said the attackers stole design files.');
    assert.equal(clauses?.[1].read, 'Investigators said the attackers stole design files.');
    assert.equal(clauses?.[1].verb, 'stole');
  });

  it('should read a clause with a subject of its own as it stands', () => {
    assert.deepEqual(read('The intruder fired two shots near the loading dock, and a night watchman was hit in the arm.'), ['The intruder fired two shots near the loading dock', 'a night watchman was hit in the arm.']);
    assert.deepEqual(read('Two men were arrested and three rifles were seized in the raid.'), ['Two men were arrested', 'three rifles were seized in the raid.']);
    // A denial is a claim of its own too, its subject negated.
    assert.deepEqual(read('No customer records were copied and no trains were delayed by the outage, Berg said.'), ['No customer records were copied', 'no trains were delayed by the outage, Berg said.']);
    assert.deepEqual(read('The roof of the depot collapsed overnight and nobody was hurt, the owner said.'), ['The roof of the depot collapsed overnight', 'nobody was hurt, the owner said.']);
    // Shown as a sentence of its own, with a capital.
    assert.equal(claimClauses('The intruder fired two shots near the loading dock, and a night watchman was hit in the arm.')?.[1].shown, 'A night watchman was hit in the arm.');
  });

  it('should read no second claim in "and" between nouns, one act told by two verbs, or a relative clause', () => {
    for (const text of [
      'Deputies said four men and two women were detained at the camp.',
      'Soldiers evacuated women and wounded children to the hospital.',
      'Darnell Pryce, 19, was shot and killed outside a bakery on Sunday.',
      'Four shotguns and 30 shells were found and confiscated, a deputy said.',
      'Dorsey, who played for the Hawks for nine seasons and served as a scout for four, was named general manager.',
      'Phone service failed after two cables between Malta and Tunisia in the Strait of Sicily were severed.',
      'Talks between Russia and Ukraine collapsed on Monday.',
      'The company said it was "shocked and saddened" by the attack.',
    ]) assert.equal(claimClauses(text), null, text);
  });

  it('should not guess which verb a second one goes with where the first clause has several', () => {
    // "threw" is the looters' act, not the dead's.
    assert.equal(claimClauses('Officials said three guards died at a warehouse which burned after looters smashed a door and threw flares inside.'), null);
  });

  it("should not read a page's address and headline run into its first sentence", () => {
    assert.equal(claimClauses('http://example.com/2013/03/11/riot.html Riot in Elmhurst Police arrested two men and seized three rifles.'), null);
  });
});
