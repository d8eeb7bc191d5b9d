import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDateline } from './dateline.js';
import { withoutReadingTime } from './reading-time.js';

describe('withoutReadingTime', () => {
  it('should take a closing reading-time label off a date line', () => {
    assert.equal(withoutReadingTime('April 8, 2026 | 4 min read'), 'April 8, 2026');
    assert.equal(withoutReadingTime('Updated April 8, 2026 · 4 min read'), 'Updated April 8, 2026');
    assert.equal(withoutReadingTime('12 Feb 2027 - 5 minute read'), '12 Feb 2027');
    assert.equal(withoutReadingTime('Feb. 12, 2027 • 11 mins read'), 'Feb. 12, 2027');
  });

  it('should leave a line that is only the label, or that reads on after it', () => {
    assert.equal(withoutReadingTime('6 min read'), '6 min read');
    assert.equal(withoutReadingTime('Take 6 min to read the ruling, April 8, 2026'), 'Take 6 min to read the ruling, April 8, 2026');
    assert.equal(withoutReadingTime('The 4 min read that explains the levy is here'), 'The 4 min read that explains the levy is here');
  });
});

describe('parseDateline, with a reading time beside the date (review ux77a)', () => {
  it('should read the date and its label', () => {
    assert.equal(parseDateline('April 8, 2026 | 4 min read')?.iso, '2026-04-08');
    const updated = parseDateline('Updated April 8, 2026 · 4 min read');
    assert.equal(updated?.iso, '2026-04-08');
    assert.equal(updated?.kind, 'modified');
  });

  it('should not read a sentence holding a date as a date line', () => {
    const sentence = parseDateline('The harbour board met on April 8, 2026 to vote on the new dock fees');
    assert.ok(sentence === null || sentence.coverage < 0.6);
  });
});
