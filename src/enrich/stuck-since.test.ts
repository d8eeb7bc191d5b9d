import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chooseEventDate } from './event-date.js';
import { splitSentences } from './sentences.js';
import { findTimexes, referenceFrom } from './timex.js';

function eventDate(body: string, publishedAt: string): string | null {
  const sentences = splitSentences(body);
  const reference = referenceFrom(publishedAt);
  return chooseEventDate(body, sentences, findTimexes(body, sentences, reference), reference)?.value ?? null;
}

describe('stuck-since', () => {
  it('should date a convoy stuck at a crossing by the day it was stranded, not by the day it was told', () => {
    // Published on Wednesday 2031-05-07: stranded on Monday, told on Tuesday.
    const body = 'TERVO -- A convoy of 24 trucks carrying flour and tents for flood survivors has been stuck since Monday at the Tervo border crossing because of a customs dispute, officials said on Tuesday.\n\nThe convoy left the port on Sunday night.';
    assert.equal(eventDate(body, '2031-05-07T09:00:00Z'), '2031-05-05');
  });

  it("should leave a tally since a day, and a man held since a day, to the day of the report's own news", () => {
    const tally = 'MARLOW -- Police said on Tuesday that there had been three shootings in the east side since Friday, the latest late on Monday night.';
    assert.equal(eventDate(tally, '2031-05-07T09:00:00Z'), '2031-05-05');
    const held = 'MARLOW -- A man held since Friday in the county jail was charged on Tuesday with the murder of a shop owner.';
    assert.equal(eventDate(held, '2031-05-07T09:00:00Z'), '2031-05-06');
  });

  it('should date the stranding where the place stands before "since" or another auxiliary is used', () => {
    const placed = 'TERVO -- Forty trucks of flour for flood survivors have been stuck at the Tervo border crossing since Monday, officials said on Tuesday.\n\nThe trucks left the port on Sunday night.';
    assert.equal(eventDate(placed, '2031-05-07T09:00:00Z'), '2031-05-05');
    const remain = 'TERVO -- Aid lorries remain stranded at the Tervo crossing since Monday, officials said on Tuesday.';
    assert.equal(eventDate(remain, '2031-05-07T09:00:00Z'), '2031-05-05');
  });

  it('should leave a tally of what happened at a place since a day to the tally rule', () => {
    const tally = 'MARLOW -- Police said on Tuesday that four cars had been stolen at the Marlow station since Friday, the latest late on Monday night.';
    assert.equal(eventDate(tally, '2031-05-07T09:00:00Z'), '2031-05-05');
  });
});
