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

describe('isDigest: a subject\'s week, or a week told act by act', () => {
  it('should know a headline that names its subject\'s week, with three days told', () => {
    const body = 'Shipping had a rough week.\n\nOn Monday a tanker was boarded off Oman. On Wednesday a port strike began in Antwerp. On Saturday a freighter lost containers in the Bay of Biscay.';
    assert.equal(isDigest({ headline: 'Shipping week: a boarding, a strike and lost boxes', outlet: 'Harbour Notes', body }), true);
    assert.equal(isDigest({ headline: 'The week in shipping', outlet: 'Harbour Notes', body }), true);
    assert.equal(isDigest({ headline: 'This week in ports: strikes and storms', outlet: 'Harbour Notes', body }), true);
  });

  it('should not take a week-long event\'s report with two days, nor "Last week:", for a digest', () => {
    const body = 'Models walked out of a show on Tuesday; the organisers apologised on Wednesday.';
    assert.equal(isDigest({ headline: 'Fashion Week: models walk out over pay', outlet: 'Style Daily', body }), false);
    const three = 'A storm hit the coast on Monday. Power returned on Wednesday and schools reopened on Friday.';
    assert.equal(isDigest({ headline: 'Last week: the storm that shut the coast', outlet: 'Coast Post', body: three }), false);
  });

  it('should know a body framed by "last week" that tells three kinds of state act on three days', () => {
    const body = 'Governments were busy last week. On Monday Pakistan test-fired a cruise missile from the Arabian Sea. On Wednesday Canada sanctioned six shipping firms. On Friday the Security Council adopted a resolution on Haiti.';
    assert.equal(isDigest({ headline: 'Seven days of tension', outlet: 'Policy Brief', body }), true);
  });

  it('should not take a shooting told over three days, with "last week", for a digest', () => {
    const body = 'A man shot last week in Dunmore has died, police said. He was shot on Monday outside a bar, died on Wednesday, and a suspect was arrested and charged on Friday.';
    assert.equal(isDigest({ headline: 'Man shot outside Dunmore bar dies', outlet: 'Valley Post', body }), false);
  });
});
