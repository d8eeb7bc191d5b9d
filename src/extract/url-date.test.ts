import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { urlDay, withUrlDay } from './url-date.js';

describe('urlDay', () => {
  it('should read the day an address carries in its path, slashed, dashed or run together', () => {
    assert.equal(urlDay('https://news.example.com/2019/03/07/man-hurt-in-crash/'), '2019-03-07');
    assert.equal(urlDay('https://news.example.com/local/20190307/man-hurt-in-crash'), '2019-03-07');
    assert.equal(urlDay('https://news.example.com/ct-man-hurt-in-crash-20190307-story.html'), '2019-03-07');
    assert.equal(urlDay('https://news.example.com/archive/2019-03-07/man-hurt'), '2019-03-07');
  });

  it('should read no day from an address without one, a story number, or a day that does not exist', () => {
    assert.equal(urlDay('https://news.example.com/story/news/local/72592656/'), null);
    assert.equal(urlDay('https://news.example.com/2019/02/31/story/'), null);
    assert.equal(urlDay('https://news.example.com/2019/story/'), null);
    assert.equal(urlDay(null), null);
  });
});

describe('withUrlDay', () => {
  it("should take the address's day where the page's date is two days or more after it", () => {
    assert.equal(withUrlDay('2020-05-02T10:00:00Z', 'https://news.example.com/2019/11/21/teen-hurt/'), '2019-11-21');
  });

  it("should keep the page's date where the address's day is the same, a day before, or after it", () => {
    assert.equal(withUrlDay('2019-11-21T23:00:00Z', 'https://news.example.com/2019/11/21/teen-hurt/'), '2019-11-21T23:00:00Z');
    assert.equal(withUrlDay('2019-11-22T01:00:00Z', 'https://news.example.com/2019/11/21/teen-hurt/'), '2019-11-22T01:00:00Z');
    assert.equal(withUrlDay('2019-11-20T08:00:00Z', 'https://news.example.com/2019/11/21/teen-hurt/'), '2019-11-20T08:00:00Z');
    assert.equal(withUrlDay(null, 'https://news.example.com/2019/11/21/teen-hurt/'), null);
  });
});
