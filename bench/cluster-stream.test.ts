import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ClusterItem } from './cluster-data.js';
import { copyOf, datedSources, generatedStream, NameSwap, streamClock } from './cluster-stream.js';

const item = (id: string, text: string, publishedAt = '2016-03-05T12:00:00Z'): ClusterItem => ({ id, title: null, text, publishedAt, url: `https://example.com/${id}`, gold: id });

const sources = [
  item('a', 'Police said Darnell Okafor was shot in Chicago on Friday. Okafor, 24, was taken to a hospital in Chicago.'),
  item('b', 'Officers said the suspect, Marguerite Lindqvist, fled toward Texas. Lindqvist was arrested in 2016 by police.'),
  item('c', 'A brown car was seen. Witnesses said Brown was driving. The police said the car was brown.'),
  item('d', 'The family of Pernilla Gibson said she grew up in Port Gibson and moved to Chicago in 2015.'),
  item('e', 'BOSTON (AP) - A man was stabbed in Boston on Sunday, officers in Boston said.'),
];

describe('NameSwap', () => {
  const names = new NameSwap(sources);

  it('should swap name words for other name words, the same way throughout a pass', () => {
    const words = names.apply(sources[0]!.text, 1).split(' ');
    // Police(0) said(1) Darnell(2) Okafor(3) ... Okafor,(10)
    assert.notEqual(words[2], 'Darnell');
    assert.notEqual(words[3], 'Okafor');
    assert.equal(`${words[3]},`, words[10]);
    // "Port" is a name word too; it is kept only inside "Port Gibson".
    assert.ok(['Darnell', 'Okafor', 'Marguerite', 'Lindqvist', 'Pernilla', 'Gibson', 'Port'].includes(words[3]!));
    assert.equal(names.size, 7);
  });

  it('should swap cities for cities, in capitals too, and keep states, days and words the sources write in lower case', () => {
    const copy = names.apply(`${sources[0]!.text} ${sources[1]!.text} ${sources[2]!.text}`, 2);
    assert.match(copy, /in Boston on Friday/);
    assert.match(names.apply(sources[4]!.text, 2), /^CHICAGO \(AP\) - A man was stabbed in Chicago on Sunday/);
    assert.match(copy, /toward Texas/);
    assert.match(copy, /Witnesses said Brown was driving/);
    assert.match(copy, /^Police said/);
  });

  it('should keep a name word where it is part of a place name of several words', () => {
    const copy = names.apply(sources[3]!.text, 1);
    assert.doesNotMatch(copy, /Pernilla Gibson/);
    assert.match(copy, /grew up in Port Gibson and moved to Boston/);
  });

  it('should leave the first pass alone and differ between passes', () => {
    assert.equal(names.apply(sources[0]!.text, 0), sources[0]!.text);
    assert.notEqual(names.apply(sources[1]!.text, 1), names.apply(sources[1]!.text, 2));
  });
});

describe('generatedStream', () => {
  it('should replay the sources with shifted years, new ids and the same length asked for', () => {
    const stream = [...generatedStream(sources, 11)];
    assert.equal(stream.length, 11);
    assert.deepEqual(stream.slice(0, 5), sources);
    assert.equal(stream[5]!.id, 'a~1');
    assert.equal(stream[6]!.publishedAt, '2022-03-05T12:00:00Z');
    assert.match(stream[6]!.text, /arrested in 2022/);
    assert.equal(stream[10]!.gold, 'a~2');
  });

  it('should make the rest of a stream from any position the same as the whole stream does', () => {
    const whole = [...generatedStream(sources, 13)];
    assert.deepEqual([...generatedStream(sources, 13, 7)], whole.slice(7));
  });

  it('should move the day in the address with the pass, and leave the host alone', () => {
    const page = { ...sources[0]!, url: 'https://www.2013news.com/chicago/20130321/shooting' };
    assert.equal(copyOf(page, 1).url, 'https://www.2013news.com/chicago/20190321/shooting?copy=1');
    assert.equal(copyOf({ ...page, url: 'https://a.com/news/2013/05/05/barn-fire?id=7' }, 2).url, 'https://a.com/news/2025/05/05/barn-fire?id=7&copy=2');
    assert.equal(copyOf({ ...page, url: 'https://a.com/story-2014-03-28.html' }, 1).url, 'https://a.com/story-2020-03-28.html?copy=1');
    // A number that is no year stays: an article id.
    assert.equal(copyOf({ ...page, url: 'https://a.com/story/201309' }, 1).url, 'https://a.com/story/201309?copy=1');
  });

  it('should date a copy of February 29 on the 28th in a year with no 29th', () => {
    const leapDay = { ...sources[0]!, publishedAt: '2016-02-29T08:00:00Z' };
    assert.equal(copyOf(leapDay, 1).publishedAt, '2022-02-28T08:00:00Z');
    assert.equal(copyOf(leapDay, 2).publishedAt, '2028-02-29T08:00:00Z');
  });

  it('should give a clock after the last pass of the stream', () => {
    // Five sources dated 2016: 11 articles are three passes, the last dated 2028.
    assert.equal(streamClock(sources, 11), '2029-01-01T00:00:00.000Z');
    assert.equal(streamClock(sources, 5), '2017-01-01T00:00:00.000Z');
  });

  it('should give each pass a copy that differs from the article it copies', () => {
    assert.notEqual(copyOf(sources[2]!, 1).text, sources[2]!.text);
  });
});

describe('datedSources', () => {
  it("should place an undated event's articles within three days of each other, inside the dated period", () => {
    const dated = [item('g1', 'x', '2014-01-01'), item('g2', 'y', '2018-12-31')];
    const undated = ['1', '2', '3', '4', '5', '6'].map((k) => ({ ...item(`u${k}`, 'z'), publishedAt: null, gold: Number(k) <= 3 ? 'quake' : 'fire' }));
    const days = (gold: string): number[] => datedSources(dated, undated).filter((i) => i.gold === gold).map((i) => Date.parse(i.publishedAt!) / 86_400_000);
    for (const gold of ['quake', 'fire']) {
      const d = days(gold);
      assert.equal(d.length, 3);
      assert.ok(Math.max(...d) - Math.min(...d) < 3);
      assert.ok(Math.min(...d) >= Date.parse('2014-01-01') / 86_400_000 && Math.max(...d) <= Date.parse('2019-01-03') / 86_400_000);
    }
  });
});
