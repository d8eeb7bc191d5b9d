import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findCasualties } from './casualties.js';
import { chooseEventDate } from './event-date.js';
import { withoutEarlierDayTolls } from './earlier-day-toll.js';
import { ownCasualties } from './recalled-toll.js';
import { splitSentences } from './sentences.js';
import { findTimexes, referenceFrom } from './timex.js';

/** The article's own toll as enrich reads it: the figures, the days and the event date of the text. */
function toll(body: string, publishedAt: string): [number | null, number | null] | null {
  const sentences = splitSentences(body);
  const reference = referenceFrom(publishedAt);
  const timexes = findTimexes(body, sentences, reference);
  const c = ownCasualties(findCasualties(body), body, timexes, chooseEventDate(body, sentences, timexes, reference), findCasualties);
  return c ? [c.killed, c.injured] : null;
}

describe('withoutEarlierDayTolls', () => {
  it("should leave an aftershock its own toll, not the main quake's its day names", () => {
    // Published on Saturday 2031-05-10: the aftershock on Saturday, the main quake on Tuesday.
    const body = 'A strong aftershock struck the Dorvane valley on Saturday morning, killing at least 12 people, officials said. About 80 people were injured. The regional office said Tuesday\'s magnitude 6.4 earthquake had killed 210 people before the aftershock.';
    assert.deepEqual(toll(body, '2031-05-10T16:00:00Z'), [12, 80]);
  });

  it("should leave out a toll given to the quake 'of' its date, with every figure after it in the sentence", () => {
    // Published on Sunday 2031-05-11: the aftershock's toll rose on Sunday, the main quake on May 6.
    const body = "The death toll from Saturday's aftershock in the Dorvane valley rose to 15 on Sunday, the health ministry said. Officials said 95 people were injured. The main quake of May 6 killed 210 people according to the Red Crescent, while the governor says 260 died.";
    assert.deepEqual(toll(body, '2031-05-11T12:00:00Z'), [15, 95]);
  });

  it("should keep a quake's toll told by its own day in its own report", () => {
    // Published on Wednesday 2031-05-07: the quake on Tuesday, one day before.
    const body = "Rescuers on Wednesday searched collapsed homes in the Dorvane valley. Tuesday's magnitude 6.4 earthquake killed 210 people, the regional office said.";
    const sentences = splitSentences(body);
    const reference = referenceFrom('2031-05-07T12:00:00Z');
    const timexes = findTimexes(body, sentences, reference);
    assert.equal(withoutEarlierDayTolls(body, timexes, chooseEventDate(body, sentences, timexes, reference)), body);
  });

  it("should give an aftershock's report that tells no dead of its own none of the main quake's", () => {
    // Published on Saturday 2031-05-10: the aftershock on Friday, the main quake on Tuesday.
    const body = "A strong aftershock jolted the Dorvane valley on Friday, sending families out of their homes. No one was hurt. Tuesday's earthquake killed 210 people.";
    assert.equal(toll(body, '2031-05-10T09:00:00Z')?.[0] ?? null, null);
  });

  it("should keep the quake's toll in a follow-up that opens with the search, not a new shock", () => {
    const body = "Rescue teams on Friday called off the search for survivors in the Dorvane valley. Tuesday's earthquake killed 210 people, officials said.";
    assert.deepEqual(toll(body, '2031-05-10T09:00:00Z'), [210, null]);
  });
});
