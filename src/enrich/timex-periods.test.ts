import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from './sentences.js';
import { findTimexes, referenceFrom } from './timex.js';

const MAY = referenceFrom('2010-05-12');

function read(text: string): string[] {
  return findTimexes(text, splitSentences(text), MAY).map((t) => `${t.text}=${t.value}`);
}

describe('quarters as financial news abbreviates them', () => {
  it('should read the year written straight after the quarter ("4Q09")', () => {
    assert.deepEqual(read('The lender swung from a loss in 4Q09 to a profit in 1Q10.'), ['4Q09=2009-Q4', '1Q10=2010-Q1']);
  });
});

describe('a range of years after "the years"', () => {
  it('should read both ends ("the years 2027 to 2030" had lost its start)', () => {
    assert.deepEqual(read('The plan covers the years 2011 to 2014.'), ['2011=2011', '2014=2014']);
    assert.deepEqual(read('He served as mayor from 2002 to 2006.'), ['2002=2002', '2006=2006']);
  });
});

describe("a game's quarters and halves", () => {
  it('should not read the periods of a game as the quarters and halves of the year', () => {
    assert.deepEqual(read('The Rams added a 35-yard field goal late in the fourth quarter.'), []);
    assert.deepEqual(read('She scored twice in the second half to tie the game 2-2.'), []);
    assert.deepEqual(read('The rookie set a team record for fourth-quarter comebacks with his third touchdown pass.'), []);
    assert.deepEqual(read('The Owls trailed 10-3 at the end of the first quarter.'), []);
    assert.deepEqual(read('She sprinted 65 yards on the opening play of the second half.'), []);
    // A game's clock says whose quarter it is (twentieth round).
    assert.deepEqual(read('Smith scored again with 2:30 left in the third quarter.'), []);
  });
  it("should still read a results story's quarters and halves, and a game's quarter with its year", () => {
    assert.deepEqual(read('Profit fell 12% in the fourth quarter.'), ['the fourth quarter=2009-Q4']);
    // A range of percentages is no score.
    assert.deepEqual(read('Sales rose 2-3% in the first quarter.'), ['the first quarter=2010-Q1']);
    assert.deepEqual(read('Season-ticket renewals dropped in the third quarter of 2008, the team said.'), ['the third quarter of 2008=2008-Q3']);
  });
});

describe('numbers of roads and rooms', () => {
  it('should not read a road, a suite or a room number as a year', () => {
    assert.deepEqual(read('Deputies went to a diner at 2150 F.M. 1960 near Houston.'), []);
    assert.deepEqual(read('The truck overturned on Highway 2010 and County Road 1995.'), []);
    assert.deepEqual(read('The firm moved to Suite 2000 of the tower.'), []);
  });

  it('should still read a year after a preposition', () => {
    assert.deepEqual(read('The road was built in 1960.'), ['1960=1960']);
  });
});

describe('a house number before a compass point', () => {
  it('should read no year in "1816 N. Water" or "1816 Northeast 82nd Avenue"', () => {
    assert.deepEqual(read('Shots were fired outside the bar (1816 N. Water) late Friday.'), ['late Friday=2010-05-07']);
    assert.deepEqual(read('The store, at 1816 Northeast 82nd Avenue, was robbed.'), []);
  });

  it('should keep a year before a country named for its compass point', () => {
    assert.deepEqual(read('In 2006 North Korea tested a bomb.'), ['2006=2006']);
  });

  it('should keep a year before a country or state written short with its compass point', () => {
    assert.deepEqual(read('In 2006 N. Korea tested a bomb.'), ['2006=2006']);
    assert.deepEqual(read('In 2010 S. Africa hosted the cup.'), ['2010=2010']);
    assert.deepEqual(read('In 1989 E. Germany opened its border.'), ['1989=1989']);
    assert.deepEqual(read('By 2004 N. Carolina had changed its law.'), ['2004=2004']);
  });
});

describe('four figures before a time zone, "hours" or "local time"', () => {
  it('should be a clock, not a year, where the figures can be one ("(1930 GMT)" had been the year 1930)', () => {
    assert.deepEqual(read('The deal was signed at 3:30 p.m. local time (1930 GMT) on Monday.'), ['3:30 p.m.=2010-05-10T15:30', 'Monday=2010-05-10']);
    assert.deepEqual(read('Polls will stay open until 2000 hours.').some((r) => r.startsWith('2000=')), false);
  });

  it('should keep a year the clock cannot be ("1999 GMT" is no time of day)', () => {
    assert.deepEqual(read('The rules changed in 2009, officials said.'), ['2009=2009']);
    assert.deepEqual(read('Records go back to 1999 GMT archives.'), ['1999=1999']);
  });

  it('should keep a year before a company whose name is a zone\'s letters (review63b finding 9)', () => {
    assert.deepEqual(read('In 2016 CST Brands agreed to be sold to Couche-Tard.'), ['2016=2016']);
    assert.deepEqual(read('In 2019 PST Inc. moved its offices to Boise.'), ['2019=2019']);
  });

  it('should read a clock before a zone after a word of a time of day, a weekday after the zone notwithstanding', () => {
    assert.deepEqual(read('Talks resume at about 2045 GMT.').some((r) => r.startsWith('2045=')), false);
    assert.deepEqual(read('The ship sank at 0600 GMT Monday.').some((r) => r.startsWith('0600=') || r === '2006=2006'), false);
  });
});

describe('the end of the quarter as a deadline ahead', () => {
  it('should read it as the quarter under way when no quarter was named', () => {
    assert.deepEqual(read('The brewer expects to sell the plant by the end of the quarter.'), ['the quarter=2010-Q2']);
  });

  it('should keep the reported quarter in the past and where the story named one', () => {
    assert.deepEqual(read('The brewer had sold the plant by the end of the quarter.'), ['the quarter=2010-Q1']);
    assert.deepEqual(read('Sales fell in the first quarter. The brewer will book the charge at the end of the quarter.'), ['the first quarter=2010-Q1', 'the quarter=2010-Q1']);
  });
});
