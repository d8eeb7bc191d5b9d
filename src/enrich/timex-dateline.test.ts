import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from './sentences.js';
import { findTimexes, referenceFrom } from './timex.js';
import { datelineReference } from './timex-dateline.js';

function read(text: string, publishedAt: string): string[] {
  return findTimexes(text, splitSentences(text), referenceFrom(publishedAt)).map((t) => `${t.text}=${t.value}`);
}

describe('datelineReference', () => {
  it("should read a wire story's days from its dateline's day when the publication is stamped a day or two later", () => {
    // Saturday 13 March 2010; the story was filed on Friday the 12th.
    assert.deepEqual(read('GENEVA, March 12 (Newswire) -- The talks ended today. The envoys met on Thursday.', '2010-03-13'), [
      'March 12=2010-03-12',
      'today=2010-03-12',
      'Thursday=2010-03-11',
    ]);
    assert.deepEqual(read('MANCHESTER, England, Feb. 26 (AP) _ Police said yesterday a man was shot at 11 p.m.', '2010-02-28T09:00'), [
      'Feb. 26=2010-02-26',
      'yesterday=2010-02-25',
      '11 p.m.=2010-02-25T23:00',
    ]);
  });

  it('should take last year\'s dateline across the new year', () => {
    assert.deepEqual(read('TOKYO, Dec. 31 (Newswire) -- Markets closed today after a short session.', '2011-01-01'), ['Dec. 31=2010-12-31', 'today=2010-12-31']);
  });

  it('should keep the publication time where the dateline is its day, later, far back, or undated', () => {
    const published = referenceFrom('2010-03-13T08:00');
    assert.equal(datelineReference('SEOUL, March 13 (Yonhap) -- Rates were cut today.', published), published);
    assert.equal(datelineReference('SEOUL, March 14 (Yonhap) -- Rates were cut today.', published), published);
    assert.equal(datelineReference('SEOUL, March 2 (Yonhap) -- Rates were cut today.', published), published);
    assert.equal(datelineReference('SEOUL (AP) -- Rates were cut today.', published), published);
    assert.equal(datelineReference('Police said on March 12 that a man was shot today.', published), published);
    assert.equal(datelineReference('GENEVA, Feb. 30 (Newswire) -- Talks ended.', published), published);
    assert.equal(datelineReference('GENEVA, March 12 (Newswire) -- Talks ended.', null), null);
  });
});
