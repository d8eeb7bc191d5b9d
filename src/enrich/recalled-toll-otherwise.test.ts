import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DateEvidence, Timex } from '../model/types.js';
import { findCasualties } from './casualties.js';
import { ownCasualties } from './recalled-toll.js';

const day = (value: string): DateEvidence => ({ value, anchoring: 'inferred', fallback: false, text: '', sentence: '' });
const timex = (value: string): Timex => ({ text: '', value, type: 'DATE', start: 0, end: 0, anchoring: 'inferred' });

describe('ownCasualties, tolls recalled in other words', () => {
  it("should give a strike no casualties when its only toll is an earlier blast's, recalled by its day", () => {
    const text = 'Dockers closed the harbour on Friday. The city said on Friday that the death toll from Wednesday\'s blast at the depot had risen to five.';
    assert.equal(findCasualties(text)?.killed, 5);
    assert.equal(ownCasualties(findCasualties(text), text, [timex('2027-03-10'), timex('2027-03-12')], day('2027-03-12'), findCasualties), null);
  });

  it('should give a concession no casualties when its toll is that of riots it came a week after', () => {
    const text = 'The cabinet on Monday scrapped the bread tax, a week after riots in which at least five people were killed.';
    assert.equal(ownCasualties(findCasualties(text), text, [timex('2027-05-10')], day('2027-05-10'), findCasualties), null);
  });

  it('should give an arrest no casualties when its toll counts the dead since an earlier day', () => {
    const text = 'Guards held the student leader overnight. Four people have died since Sunday, when troops fired on the crowd.';
    assert.equal(ownCasualties(findCasualties(text), text, [timex('2027-06-13')], day('2027-06-18'), findCasualties), null);
  });

  it('should keep the figures of a report that tells harm of its own beside a recalled toll', () => {
    const text = 'Three people were wounded by gunfire at the harbour gate on Friday. The death toll from Wednesday\'s blast at the depot had risen to five.';
    assert.notEqual(ownCasualties(findCasualties(text), text, [timex('2027-03-10'), timex('2027-03-12')], day('2027-03-12'), findCasualties), null);
  });
});
