import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { groupedAsOne, scorePairs, scoreTriples } from '../../test/fact-pairs.js';
import { FACT_PAIRS } from '../../test/fact-pairs.fixture.js';
import { HELD_OUT_PAIRS } from '../../test/fact-pairs-held-out.fixture.js';
import { DESK_PAIRS } from '../../test/fact-pairs-desk.fixture.js';
import { CLAIM_PAIRS, CLAIM_TRIPLES } from '../../test/fact-pairs-claims.fixture.js';
import { SPEAKER_PAIRS } from '../../test/fact-pairs-speakers.fixture.js';

/**
 * Grouping on the labelled pairs (test/fact-pairs*.fixture.ts), with the figures measured when the
 * rules of fact-claims.ts were written as floors: before them, both sets scored about 0.49 precision.
 * The second set was written after the rules were tuned on the first; its first run (0.78 precision)
 * led to four general fixes, so it is no longer held out. The third, on the users' subjects, was written
 * before the rules for them: 0.714 / 0.625 before, 1.000 / 0.750 after (its two misses are sentences
 * of two claim words, under the bar a fact must share); 0.875 since a short claim its speaker tells
 * again joins (a rule made for the demo's pair and widened to offices, "the mayor", reading this set's
 * miss: so it no longer holds that one out).
 */
describe('fact grouping on labelled sentence pairs', () => {
  it('should group the same claim in other words and keep hard negatives apart', () => {
    const score = scorePairs(FACT_PAIRS);
    assert.ok(score.precision >= 0.95 && score.recall >= 0.97, JSON.stringify({ ...score, wrong: score.wrong.map((w) => w.pair.why) }));
  });

  it('should do so on the pairs written after the rules', () => {
    const score = scorePairs(HELD_OUT_PAIRS);
    assert.ok(score.precision >= 0.9 && score.recall >= 0.9, JSON.stringify({ ...score, wrong: score.wrong.map((w) => w.pair.why) }));
  });

  it('should do so on the pairs of the users\' subjects written before their rules', () => {
    const score = scorePairs(DESK_PAIRS);
    assert.ok(score.precision >= 0.95 && score.recall >= 0.85, JSON.stringify({ ...score, wrong: score.wrong.map((w) => w.pair.why) }));
  });

  // The fourth, of sentences of two claims, was written before the rules for them: pairs 0.917 / 0.917
  // and triples 20 of 54 claims joined, the two one-claim reports made one fact in 7 of 27 orders, with
  // the 45th session's rules; 1.000 / 0.917, 22 and 5 with the sanctions predicates (fact-claims.ts);
  // 1.000 / 0.917, 48 of 54 and 0 of 27 with claims read apart (fact-clauses.ts).
  it('should count each claim of a sentence of two by the reports that tell it', () => {
    const score = scorePairs(CLAIM_PAIRS);
    assert.ok(score.precision >= 0.95 && score.recall >= 0.9, JSON.stringify({ ...score, wrong: score.wrong.map((w) => w.pair.why) }));
    const triples = scoreTriples(CLAIM_TRIPLES);
    assert.ok(triples.joined >= 45 && triples.falseJoins === 0, JSON.stringify({ ...triples, wrong: triples.wrong.map((w) => `${w.order}: ${w.triple.both}`) }));
  });

  // The fifth, of one claim told with its teller named otherwise or a clause of background added, was
  // written in the 57th session before its rules: 0.875 / 0.583 then, 1.000 / 0.583 with them ("held
  // talks" as meeting, working with and notifying as two acts; so its negatives are no longer held out).
  // Its five misses: a body's claim told by its officer in other words, two phrasings of an attribution,
  // a background clause on each side, a claim of two claim words, and "two ministers" against "the
  // ministers of two countries". Leaving background clauses out was tried and dropped (docs/benchmarks.md).
  it('should do so where outlets name the teller otherwise or add background', () => {
    const score = scorePairs(SPEAKER_PAIRS);
    assert.ok(score.precision >= 0.95 && score.recall >= 0.55, JSON.stringify({ ...score, wrong: score.wrong.map((w) => w.pair.why) }));
  });

  it('should read talks as a meeting, and working with someone apart from notifying them', () => {
    assert.equal(groupedAsOne('The two foreign ministers met in Geneva on Tuesday to discuss the ceasefire.', 'The two foreign ministers held talks in Geneva on Tuesday to discuss the ceasefire.'), true);
    assert.equal(groupedAsOne('The ministry said it was working with the national cyber centre.', 'The ministry said it had reported the breach to the national cyber centre.'), false);
  });

  it('should count the second of two things said ("said A and that B") with a report that says B alone', () => {
    const both = 'The interior ministry said police had arrested four suspects in Lyon and that the border crossings were reopened on Monday.';
    assert.equal(groupedAsOne(both, 'The border crossings were reopened on Monday, the interior ministry said.'), true);
    assert.equal(groupedAsOne(both, 'Police arrested four suspects in Lyon, the interior ministry said.'), true);
    assert.equal(groupedAsOne(both, 'Police released four suspects in Lyon, the interior ministry said.'), false);
    assert.equal(groupedAsOne(both, 'The border crossings were closed on Monday, the interior ministry said.'), false);
  });

  it('should join a short claim its speaker tells again in other words, and not a claim that differs', () => {
    assert.equal(groupedAsOne('Inspector Aoife Byrne said no ransom would be paid.', 'Byrne said the council would not pay a ransom.'), true);
    assert.equal(groupedAsOne('Inspector Aoife Byrne said no ransom would be paid.', 'Byrne said the council would pay a ransom.'), false);
    assert.equal(groupedAsOne('Byrne said the library was closed.', 'Byrne said the library reopened.'), false);
  });

  it('should read news synonyms as one word: assisting is helping, unavailable payments are suspended, investigators investigate', () => {
    assert.equal(groupedAsOne('Customers were told that online payments would be unavailable for about a week.', 'The council said online bill payments would be suspended for about a week.'), true);
    assert.equal(groupedAsOne('Harbour police said investigators were working with the coast guard on the search.', 'Harbour police said the coast guard was assisting the investigation and the search.'), true);
    assert.equal(groupedAsOne('Customers were told that online payments would be unavailable for about a week.', 'The council said online bill payments had resumed after a week.'), false);
  });

  it('should read who speaks after the body they are of, and a clause after a comma and "said" as what was said', () => {
    const first = 'Inspector Aoife Byrne of the Harbour Cyber Crime Unit said investigators were working with Europol and that no ransom would be paid.';
    assert.equal(groupedAsOne(first, 'Aoife Byrne, an inspector at the Harbour Cyber Crime Unit, said the council would not pay a ransom.'), true);
    assert.equal(groupedAsOne(first, 'Aoife Byrne, an inspector at the Harbour Cyber Crime Unit, said the council would pay a ransom.'), false);
  });
});
