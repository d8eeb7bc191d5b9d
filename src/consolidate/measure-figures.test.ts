import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { measuresIn } from './measure-figures.js';

/** Each figure read as [kind, thing, written]. */
function read(text: string): [string, string, string][] {
  return measuresIn(text).map((m) => [m.kind, m.thing, m.written]);
}

describe('measuresIn', () => {
  it('should read a distance flown and an altitude, not a range nor where the missile came down', () => {
    assert.deepEqual(read('The rocket travelled roughly 1,250 kilometres and peaked at an altitude of about 2,400 km before splashing down 180 km east of Kelso Island.'), [
      ['distance flown', '', 'roughly 1,250 kilometres'],
      ['altitude', '', 'about 2,400 km'],
    ]);
    assert.deepEqual(read('Varnia says the new missile has a range of 12,000 km.'), []);
    assert.deepEqual(read('The coastguard put the flight distance at 430 miles.'), [['distance flown', '', '430 miles']]);
  });

  it("should read a stock by its material and purity, not the stock's growth", () => {
    assert.deepEqual(read("Ostmark's stockpile of uranium enriched to 20 percent stood at 87.5 kg, up 6.1 kg on the quarter."), [['stockpile', 'uranium 20%', '87.5 kg']]);
    assert.deepEqual(read('Its stockpile of grain reached 4,000 tonnes.'), []);
  });

  it('should read how many missiles were fired, written in words or figures, not a count of launches', () => {
    assert.deepEqual(read('Varnia fired three cruise missiles toward the strait; at least 2 drones were launched as well.'), [
      ['number launched', 'cruise missile', 'three cruise missiles'],
      ['number launched', 'drone', 'at least 2 drones'],
    ]);
    assert.deepEqual(read('It was the 14th missile launch of the year.'), []);
  });

  it('should read a vote tally of two parts or more, not a lone count against', () => {
    assert.deepEqual(read('The motion was backed by 41 of the 60 members, with 12 against and seven abstentions, the clerk said.'), [['vote', '', '41 for, 12 against, 7 abstaining']]);
    assert.deepEqual(read('Forty-one members voted in favour, twelve against and seven abstained.'), [['vote', '', '41 for, 12 against, 7 abstaining']]);
    assert.deepEqual(read('Three delegations voted against the text.'), []);
  });

  it('should read a division told as ayes "to" noes, and no figures that rise "from 18 to 20" (review ux74a fault 4)', () => {
    assert.deepEqual(read('The bill passed its second reading on Thursday by 316 votes to 204.'), [['vote', '', '316 for, 204 against']]);
    assert.deepEqual(read('The chamber backed the bill, voting 318 to 204 to give it a second reading.'), [['vote', '', '318 for, 204 against']]);
    assert.deepEqual(read('Turnout rose from 18 to 20 percent as voting began.'), []);
    assert.deepEqual(read('Staff said voting 9 to 5 hours a day was tiring.'), []);
  });
});
