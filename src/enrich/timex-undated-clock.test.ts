import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from './sentences.js';
import { findTimexes } from './timex.js';

/** Readings on a page with no publication day. */
function undated(text: string): string[] {
  return findTimexes(text, splitSentences(text), null).map((t) => `${t.text}=${t.value}`);
}

describe('a clock on a page with no publication day', () => {
  it('should take the full date named before it, as on a dated page', () => {
    assert.deepEqual(undated('3 March 2014 Last updated at 09:12 GMT. Flood water reached the town hall.'), ['3 March 2014=2014-03-03', '09:12 GMT=2014-03-03T09:12Z']);
    assert.deepEqual(undated('The blaze broke out on Oct. 4, 2011. Crews arrived at 2:15 a.m. and put it out.'), ['Oct. 4, 2011=2011-10-04', '2:15 a.m.=2011-10-04T02:15']);
    assert.deepEqual(undated('On Sunday, Nov. 6, 2016, at about 10 p.m., a cyclist was struck by a van.'), ['Sunday, Nov. 6, 2016=2016-11-06', '10 p.m.=2016-11-06T22:00']);
  });

  it("should put a night's small hours on the next day, and a clock before \"the next day\" on that day", () => {
    assert.deepEqual(undated('The party on New Year\'s Eve 2015 went on until 3 a.m.'), ["New Year's Eve 2015=2015-12-31", '3 a.m.=2016-01-01T03:00']);
    assert.deepEqual(undated('The storm hit on June 2, 2012. The power came back at 6 a.m. the next day.'), ['June 2, 2012=2012-06-02', '6 a.m.=2012-06-03T06:00', 'the next day=2012-06-03']);
  });

  it('should read none where no day was named, or after a day the page cannot place', () => {
    assert.deepEqual(undated('Crews arrived at 2:15 a.m. and put the fire out.'), []);
    // "Saturday" cannot be placed without the publication day: the clock is on it, not on the date before.
    assert.deepEqual(undated('The trial opened on May 2, 2013. Neighbours saw him on Saturday at about 8:40 a.m.'), ['May 2, 2013=2013-05-02']);
    assert.deepEqual(undated('The trial opened on May 2, 2013. The crash came on the night of Sept. 14. At roughly 7 p.m. she had been cycling home.'), ['May 2, 2013=2013-05-02']);
  });

  it('should read none far from the day named', () => {
    const filler = ' The council met to discuss the budget and the roads.'.repeat(25);
    assert.deepEqual(undated(`The plan was agreed on March 3, 2014.${filler} The vote came at 9 p.m.`), ['March 3, 2014=2014-03-03']);
  });
});
