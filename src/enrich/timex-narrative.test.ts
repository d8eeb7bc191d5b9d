import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from './sentences.js';
import { findTimexes, referenceFrom } from './timex.js';

/** Monday 10 May 2010: the stories below tell of March and of the year before. */
const MAY = referenceFrom('2010-05-10');

function read(text: string): string[] {
  return findTimexes(text, splitSentences(text), MAY).map((t) => `${t.text}=${t.value}`);
}

describe('days, weekends and seasons a narrative names with "that"', () => {
  it('should read "that Friday" as the first Friday on or after the day the story last named', () => {
    // 3 March 2010 is a Wednesday; from the publication day chrono reads 7 May.
    assert.deepEqual(read('The barn burned down on March 3, 2010. That Friday, the owner was charged with arson.'), ['March 3, 2010=2010-03-03', 'That Friday=2010-03-05']);
    assert.deepEqual(read('The barn burned down on March 3, 2010. The owner was charged that Friday.'), ['March 3, 2010=2010-03-03', 'that Friday=2010-03-05']);
  });

  it('should leave "that" as a conjunction of reported speech to the publication day', () => {
    assert.deepEqual(read('The strike began on March 3, 2010. Union leaders said that Tuesday\'s talks had failed.'), ['March 3, 2010=2010-03-03', 'Tuesday=2010-05-04']);
  });

  it('should read "that weekend" as the weekend of the week the story last named', () => {
    assert.deepEqual(read('The storm struck on March 3, 2010. That weekend, volunteers cleared the roads.'), ['March 3, 2010=2010-03-03', 'That weekend=2010-W09-WE']);
  });

  it('should read "that summer" as the season of the year last named, and not "prices that fall"', () => {
    assert.deepEqual(read('The mine opened in 2009. That summer, the first ore was shipped.'), ['2009=2009', 'That summer=2009-SU']);
    assert.deepEqual(read('The mine opened in March 2009. Later that spring, it flooded.'), ['March 2009=2009-03', 'Later that spring=2009-SP']);
    assert.deepEqual(read('The mine opened in 2009. Traders watch prices that fall sharply.'), ['2009=2009']);
  });

  it('should leave them unread when the story named no date before them', () => {
    assert.deepEqual(read('That summer, the first ore was shipped.'), []);
  });
});

describe('parts of the day before or after the day last named', () => {
  it('should read "the night before" closing its clause from the day the story named', () => {
    assert.deepEqual(read('The fire broke out on March 3, 2010. The night before, a storm had cut the power.'), ['March 3, 2010=2010-03-03', 'The night before=2010-03-02TNI']);
    assert.deepEqual(read('The fire broke out on March 3, 2010. Crews returned the morning after.'), ['March 3, 2010=2010-03-03', 'the morning after=2010-03-04TMO']);
  });

  it('should not read "the night before" a day the sentence has yet to name', () => {
    assert.deepEqual(read('The fire broke out on March 3, 2010. Officials met the night before the election.'), ['March 3, 2010=2010-03-03']);
  });
});

describe('a day of the month by its ordinal alone', () => {
  it('should put "the 14th" in the month the story last named', () => {
    assert.deepEqual(read('The strike began on March 3. Talks resumed on the 14th.'), ['March 3=2010-03-03', 'the 14th=2010-03-14']);
  });

  it('should take the latest such day of the publication month, or the next one ahead', () => {
    assert.deepEqual(read('The plan was agreed at a meeting on the 14th.'), ['the 14th=2010-04-14']);
    assert.deepEqual(read('The vote will be held on the 2nd.'), ['the 2nd=2010-06-02']);
  });

  it('should leave an ordinal before what it counts', () => {
    assert.deepEqual(read('The bank moved to the 14th floor.'), []);
    assert.deepEqual(read('Margins fell in the 2nd and 3rd quarters.'), []);
  });
});

describe('"that same day", "the very next day" and the weekend after the day last named', () => {
  it('should read "that same day" and "the very next day" from the day the story named', () => {
    // chrono had read "next day" as the day after publication.
    assert.deepEqual(read('The fire broke out on March 3, 2010. That same day, the governor declared an emergency.'), ['March 3, 2010=2010-03-03', 'That same day=2010-03-03']);
    assert.deepEqual(read('The fire broke out on March 3, 2010. The very next day, the owner was charged.'), ['March 3, 2010=2010-03-03', 'The very next day=2010-03-04']);
  });

  it('should read "the following weekend" as the first weekend after that day, "the previous weekend" the one before', () => {
    assert.deepEqual(read('The fire broke out on March 3, 2010. The following weekend, volunteers cleared the debris.'), ['March 3, 2010=2010-03-03', 'The following weekend=2010-W09-WE']);
    assert.deepEqual(read('The fire broke out on Saturday, March 6, 2010. The following weekend, volunteers came.'), ['Saturday, March 6, 2010=2010-03-06', 'The following weekend=2010-W10-WE']);
    assert.deepEqual(read('The fire broke out on March 3, 2010. The previous weekend, a storm had hit.'), ['March 3, 2010=2010-03-03', 'The previous weekend=2010-W08-WE']);
  });
});

describe('the end of the week and midweek', () => {
  it('should read "by the end of the week" as the week of the day last named, else the publication week', () => {
    assert.deepEqual(read('The inspectors\' findings are due by the end of the week.'), ['the end of the week=2010-W19']);
    assert.deepEqual(read('The fire broke out on March 3, 2010. By the end of the week, 40 homes had burned.'), ['March 3, 2010=2010-03-03', 'the end of the week=2010-W09']);
  });

  it('should read "midweek" as the week, not before a noun it describes', () => {
    assert.deepEqual(read('The talks will resume midweek.'), ['midweek=2010-W19']);
    assert.deepEqual(read('The midweek lull ended.'), []);
  });
});

describe('seasons named from the date the story last gave', () => {
  it('should read "the following spring" and "the previous winter" from the month last named', () => {
    assert.deepEqual(read('The bank failed in July 2007. The following winter, the state stepped in.'), ['July 2007=2007-07', 'The following winter=2007-WI']);
    assert.deepEqual(read('The bank failed in July 2007. The following summer, it was sold.'), ['July 2007=2007-07', 'The following summer=2008-SU']);
    assert.deepEqual(read('The bank failed in January 2008. The previous winter had been mild.'), ['January 2008=2008-01', 'The previous winter=2006-WI']);
  });

  it('should take the next year after a year or a season alone', () => {
    assert.deepEqual(read('The strike began in 2005. The following spring, talks resumed.'), ['2005=2005', 'The following spring=2006-SP']);
    assert.deepEqual(read('The crisis began in the summer of 2007 and deepened the following spring.'), ['the summer of 2007=2007-SU', 'the following spring=2008-SP']);
  });

  it('should anchor "that year" on a quarter of a year named before it', () => {
    assert.deepEqual(read('The mine opened in 2004. The third quarter of 2008 was its worst. That year, it lost $2 billion.'), ['2004=2004', 'The third quarter of 2008=2008-Q3', 'That year=2008']);
  });
});
