import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dateInUrl } from './html-metadata.js';
import { dateInText } from './visible-date.js';

describe('dateInText', () => {
  it('should read numeric and written dates in several languages', () => {
    assert.equal(dateInText('Publicado el 17.04.2020 a las 10:00'), '2020-04-17');
    assert.equal(dateInText('2020/07/03 12:10'), '2020-07-03');
    assert.equal(dateInText('2020年7月3日 掲載'), '2020-07-03');
    assert.equal(dateInText('입력 2020년 3월 4일'), '2020-03-04');
    assert.equal(dateInText('17 de abril de 2020'), '2020-04-17');
    assert.equal(dateInText('le 5 mars 2020'), '2020-03-05');
    assert.equal(dateInText('Posted March 5th, 2020'), '2020-03-05');
  });

  it('should read day first when both orders are possible, and refuse impossible dates', () => {
    assert.equal(dateInText('04/05/2020'), '2020-05-04');
    assert.equal(dateInText('04/25/2020'), '2020-04-25');
    assert.equal(dateInText('31.02.2020'), null);
    assert.equal(dateInText('no date here, only 2020 and 17'), null);
  });
});

describe('dateInUrl', () => {
  it('should find the day in common address patterns', () => {
    assert.equal(dateInUrl('https://example.org/2024/03/30/story-title/'), '2024-03-30');
    assert.equal(dateInUrl('https://example.org/news/20200924/title'), '2020-09-24');
    assert.equal(dateInUrl('https://example.org/story-2021-11-02.html'), '2021-11-02');
    assert.equal(dateInUrl('https://example.org/article/825076-title'), null);
  });
});
