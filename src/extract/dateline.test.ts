import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isoFromMachineDate, isRelativeStamp, parseDateline } from './dateline.js';

describe('parseDateline', () => {
  it('should keep a stated UTC offset', () => {
    assert.equal(parseDateline('Jan. 9, 2024 7:36PM GMT+9')?.iso, '2024-01-09T19:36:00+09:00');
    assert.equal(parseDateline('Posted on 5 June 2023, 14:02 KST')?.iso, '2023-06-05T14:02:00+09:00');
  });

  it('should leave the offset off when the page gives none', () => {
    assert.equal(parseDateline('Published : March 27, 2024 - 11:52')?.iso, '2024-03-27T11:52:00');
    assert.equal(parseDateline('March 30, 2024')?.iso, '2024-03-30');
  });

  it('should tell an update time from a publication time', () => {
    assert.equal(parseDateline('Updated: 2024-03-30T10:13:00+0900')?.kind, 'modified');
    assert.equal(parseDateline('Published: 2024-03-30')?.kind, 'published');
  });

  it('should tell a date the page labels as its own from a bare one', () => {
    assert.equal(parseDateline('Posted: Tuesday, Feb. 14, 2017 10:55 PM')?.labelled, true);
    assert.equal(parseDateline('Updated: 06/23/2015 7:18 PM')?.labelled, true);
    assert.equal(parseDateline('10/12/1958')?.labelled, false);
  });

  it('should not read a sentence with a weekday as a dateline', () => {
    assert.equal(parseDateline('Seoul police said on Friday'), null);
  });
});

describe('parseDateline, relative phrases', () => {
  it('should not read a headline that ends in a relative phrase as a dateline', () => {
    assert.equal(parseDateline('Harbour board lodges second complaint in a week'), null);
    assert.equal(parseDateline('Ferry strike to end tomorrow'), null);
    assert.equal(parseDateline('November 16, 2026')?.iso, '2026-11-16');
  });
});

describe('parseDateline, stamps that count back', () => {
  it('should date "hours ago" and "days ago" from the page\'s fetch time, and give no date without one', () => {
    assert.equal(parseDateline('4 hours ago', '2026-03-10T09:15:00Z')?.iso, '2026-03-10T05:15:00+00:00');
    assert.equal(parseDateline('Updated 3 days ago', '2026-03-10T09:15:00Z')?.iso, '2026-03-07');
    assert.equal(parseDateline('4 hours ago'), null);
    assert.equal(parseDateline('3 days ago', null), null);
    assert.ok(isRelativeStamp('4 hours ago') && isRelativeStamp('Updated 3 days ago'));
    assert.ok(!isRelativeStamp('Ferry sank 3 days ago off the cape, coastguard says'));
  });

  it('should read a stamp written short ("7 mins ago", "2 hrs ago", "an hour ago") as the full words, and no sentence so', () => {
    assert.equal(parseDateline('7 mins ago', '2026-03-10T09:15:00Z')?.iso, '2026-03-10T09:08:00+00:00');
    assert.equal(parseDateline('Updated 2 hrs ago', '2026-03-10T09:15:00Z')?.iso, '2026-03-10T07:15:00+00:00');
    assert.equal(parseDateline('an hour ago', '2026-03-10T09:15:00Z')?.iso, '2026-03-10T08:15:00+00:00');
    assert.equal(parseDateline('a day ago', '2026-03-10T09:15:00Z')?.iso, '2026-03-09');
    assert.ok(isRelativeStamp('a minute ago') && isRelativeStamp('5 mins ago') && isRelativeStamp('1 day ago'));
    assert.ok(!isRelativeStamp('Divers reached the hull an hour ago'));
    assert.equal(parseDateline('Divers reached the hull an hour ago', '2026-03-10T09:15:00Z'), null);
  });
});

describe('isoFromMachineDate', () => {
  it('should normalise metadata dates', () => {
    assert.equal(isoFromMachineDate('2025-10-15T11:05:00+0100'), '2025-10-15T11:05:00+01:00');
    assert.equal(isoFromMachineDate('2025-10-15T11:05:00Z'), '2025-10-15T11:05:00Z');
    assert.equal(isoFromMachineDate('2025-10-15'), '2025-10-15');
    assert.equal(isoFromMachineDate('yesterday'), null);
  });
});
