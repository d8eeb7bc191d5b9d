import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isDigest } from './digest.js';

describe('isDigest', () => {
  it('should know a weekly round-up by its masthead and its several days', () => {
    const body = 'Four incidents were logged on the river this week.\n\nOn Monday a barge lost power near the lock. On Thursday two fishing boats collided in fog.';
    assert.equal(isDigest({ headline: 'Week 12: a busy river', outlet: 'Riverside Weekly Roundup', body }), true);
    assert.equal(isDigest({ headline: 'Daily security digest: three boardings in the gulf', outlet: 'Gulf Notes', body }), true);
  });

  it('should not take a one-day story with a round-up mark, nor a report without the mark, as a digest', () => {
    assert.equal(isDigest({ headline: 'Roundup: flood waters recede', outlet: 'Valley Post', body: 'Water levels fell on Tuesday across the valley, officials said.' }), false);
    assert.equal(isDigest({ headline: 'Barge loses power near the lock', outlet: 'Valley Post', body: 'A barge lost power on Monday; tugs towed it clear on Tuesday.' }), false);
  });
});

describe('isDigest: a round-up of no period', () => {
  it('should not take a city round-up that fronts one incident for a digest', () => {
    const body = 'A woman was shot at her home on Monday night, police said. On Tuesday a man was wounded outside a bar.';
    assert.equal(isDigest({ headline: 'Man shoots his neighbour: Metro Roundup', outlet: 'Valley Post', body }), false);
  });
});
