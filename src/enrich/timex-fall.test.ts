import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from './sentences.js';
import { findTimexes, referenceFrom } from './timex.js';

/** Wednesday 8 October 2008, in the week markets fell hardest. */
const PUBLISHED = '2008-10-08T09:00';

function readings(sentence: string): string[] {
  return findTimexes(sentence, splitSentences(sentence), referenceFrom(PUBLISHED)).map((t) => `${t.text}=${t.value}`);
}

describe('"the fall" as a drop, not the autumn', () => {
  it('should not read a fall that is the subject of its sentence', () => {
    assert.deepEqual(readings('The fall wiped nearly $900 billion off the value of American shares.'), []);
    assert.deepEqual(readings('The fall came as banks refused to lend to one another.'), []);
  });

  it('should not read a fall that is the object of a verb', () => {
    assert.deepEqual(readings('Traders blamed the fall on fresh fears of a recession.'), []);
    assert.deepEqual(readings('Shares of two regional lenders tumbled, and the fall dragged the index lower.'), []);
  });

  it('should not read a fall with what fell after it', () => {
    assert.deepEqual(readings('The fall in crude prices helped airline stocks.'), []);
    assert.deepEqual(readings('Historians still argue about what caused the fall of Constantinople.'), []);
    assert.deepEqual(readings('Exporters gained in the fall of the yen.'), []);
  });

  it('should not read a fall with a measure after "in", even after a time word', () => {
    assert.deepEqual(readings('Pension funds lost heavily in the fall in share values.'), []);
  });

  it('should not read "for" or "after" the fall in a clause that looks back, or before a blame', () => {
    assert.deepEqual(readings('Bank shares climbed back after the fall.'), []);
    assert.deepEqual(readings('Lawmakers will blame the regulators for the fall.'), []);
  });

  it('should keep the other dates of the sentence', () => {
    assert.deepEqual(readings('The fall, the steepest since 1987, hit bank shares hardest.'), ['1987=1987']);
  });
});

describe('"the fall" as the autumn', () => {
  it('should read it after a preposition of time', () => {
    assert.deepEqual(readings('The county will vote on the levy in the fall.'), ['the fall=2008-FA']);
    assert.deepEqual(readings('The bridge has been closed since the fall, officials said.'), ['the fall=2008-FA']);
    assert.deepEqual(readings('The new wing should be finished by the fall.'), ['the fall=2008-FA']);
  });

  it('should read it after a time word even with lower-case words after it', () => {
    assert.deepEqual(readings('Lectures restart in the fall on a shorter timetable.'), ['the fall=2008-FA']);
  });

  it('should read a point of the season and the earliest it may come', () => {
    assert.deepEqual(readings('The coach will step down at the end of the fall.'), ['the fall=2008-FA']);
    assert.deepEqual(readings('A ruling could come as early as the fall.'), ['the fall=2008-FA']);
  });

  it('should read it after "for" or "after" in a clause that looks ahead', () => {
    assert.deepEqual(readings('The hearing is scheduled for the fall.'), ['the fall=2008-FA']);
    assert.deepEqual(readings('Crews will repave the road after the fall.'), ['the fall=2008-FA']);
  });

  it('should read it before what takes place in it', () => {
    assert.deepEqual(readings('The fall elections will decide control of the state senate.'), ['The fall=2008-FA']);
  });

  it('should read it with a year, or with this, last and next, wherever it stands', () => {
    assert.deepEqual(readings('The fall of 2006 was the wettest on record.'), ['The fall of 2006=2006-FA']);
    assert.deepEqual(readings('The mayor was elected last fall.'), ['last fall=2007-FA']);
  });
});
