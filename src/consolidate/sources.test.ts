import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sampleArticle } from '../store/contract.js';
import { corroboration, jaccard, mayBeCopies, outletKey, outletKeys, shingleHashes, sourceGroups, splitOutletKey } from './sources.js';

const wire =
  'A gas explosion destroyed two terraced houses on Mill Lane late on Tuesday, the fire service said. Three people were taken to ' +
  'hospital with burns and a dog was rescued from the rubble by neighbours who heard the blast from streets away.';

describe('shingleHashes and jaccard', () => {
  it('should give sorted, distinct hashes and 1 for the same text', () => {
    const once = shingleHashes(wire);
    // The text twice repeats every shingle: only the three across the join are new.
    const twice = shingleHashes(`${wire} ${wire}`);
    for (let i = 1; i < twice.length; i++) assert.ok(twice[i - 1]! < twice[i]!);
    assert.equal(twice.length, once.length + 3);
    assert.equal(jaccard(once, shingleHashes(wire)), 1);
  });

  it('should give 0 for texts sharing no four words in a row, and for empty texts', () => {
    assert.equal(jaccard(shingleHashes(wire), shingleHashes('The council approved a new budget for the town library on Monday evening.')), 0);
    assert.equal(jaccard(shingleHashes(''), shingleHashes(wire)), 0);
  });

  it('should match the share of shingles two texts have in common', () => {
    // 7 words: 4 shingles each; the second text changes the last word, so 3 of 5 distinct shingles are shared.
    const a = shingleHashes('one two three four five six seven');
    const b = shingleHashes('one two three four five six eight');
    assert.equal(jaccard(a, b), 3 / 5);
  });
});

describe('sourceGroups', () => {
  it('should count a syndicated copy on another site as the same source', () => {
    const a = sampleArticle(1, { body: wire });
    const b = sampleArticle(2, { body: `${wire} Copyright 2025 the wire service.` });
    const c = sampleArticle(3, { body: 'Residents of Mill Lane said they had reported a smell of gas to the supplier twice in the past month.' });
    const groups = sourceGroups([a, b, c]);
    assert.equal(groups.count, 2);
    assert.equal(groups.groupOf.get(a.id), groups.groupOf.get(b.id));
    assert.equal(corroboration([a.id, b.id, c.id], groups), 2);
  });

  it('should count two stories from one outlet once', () => {
    const a = sampleArticle(1, { outlet: 'Evening Post', body: wire });
    const c = sampleArticle(3, { outlet: 'Evening Post', body: 'Residents of Mill Lane said they had reported a smell of gas twice.' });
    assert.equal(sourceGroups([a, c]).count, 1);
  });

  it('should count a page naming its outlet and a copy with only the same site once', () => {
    const named = sampleArticle(11, { outlet: 'The Guardian', source: { url: 'https://www.theguardian.com/world/2025/mar/10/crane' }, body: wire });
    const bare = sampleArticle(12, { outlet: null, source: { url: 'https://theguardian.com/world/live/crane-updates' }, body: 'Residents of Mill Lane said they had reported a smell of gas twice.' });
    const other = sampleArticle(13, { outlet: 'Evening Post', source: { url: 'https://eveningpost.example/crane' }, body: 'The council said the lane would stay closed until Friday while engineers checked the walls.' });
    assert.equal(sourceGroups([named, bare, other]).count, 2);
  });

  it('should keep apart two outlets a record names on one site that is neither\'s own', () => {
    const southern = sampleArticle(41, { outlet: 'Southern Post', source: { url: 'https://example.org/a' }, body: wire });
    const rio = sampleArticle(42, { outlet: 'Rio Times Daily', source: { url: 'https://example.org/b' }, body: 'Residents of Mill Lane said they had reported a smell of gas twice.' });
    assert.equal(sourceGroups([southern, rio]).count, 2);
    // An outlet's own site still joins a copy that names no outlet: by name, word or initials.
    for (const [name, url] of [['The New York Times', 'https://www.nytimes.com/a'], ['BBC News', 'https://www.bbc.co.uk/news/a'], ['The Washington Post', 'https://washingtonpost.com/a'], ['El País', 'https://elpais.com/a'], ['Süddeutsche Zeitung', 'https://www.sueddeutsche.de/a']] as const) {
      const host = new URL(url).hostname.replace(/^www\./, '');
      assert.deepEqual(outletKeys(sampleArticle(43, { outlet: name, source: { url } })).at(-1), `site:${host}`, name);
    }
  });

  it('should keep apart outlets that share an aggregator host, and wire copies from the site\'s own reporting', () => {
    const ap = sampleArticle(14, { outlet: 'Associated Press', source: { url: 'https://www.msn.com/en-gb/money/other/ar-AA1' }, body: wire });
    const reuters = sampleArticle(15, { outlet: 'Reuters', source: { url: 'https://www.msn.com/en-gb/money/other/ar-AA2' }, body: 'Residents of Mill Lane said they had reported a smell of gas twice.' });
    assert.equal(sourceGroups([ap, reuters]).count, 2);
    const wireCopy = sampleArticle(16, { outlet: null, agency: 'AP', source: { url: 'https://www.kentucky.example/news/crane' }, body: 'The council said the lane would stay closed until Friday while engineers checked the walls.' });
    const ownStory = sampleArticle(17, { outlet: 'Herald-Leader', source: { url: 'https://www.kentucky.example/local/crane' }, body: 'A second family was moved out of Mill Lane on Wednesday after cracks appeared in a chimney.' });
    assert.deepEqual(outletKeys(wireCopy), ['agency:ap']);
    assert.equal(sourceGroups([wireCopy, ownStory]).count, 2);
  });

  it('should count a wire story an outlet carries with the agency\'s own copy once', () => {
    const reuters = sampleArticle(31, { outlet: 'Reuters', source: { url: 'https://www.reuters.com/world/iaea' }, body: wire });
    const carried = sampleArticle(32, { outlet: 'The Straits Times', agency: 'Reuters', source: { url: 'https://www.straitstimes.com/world/iaea' }, body: 'Residents of Mill Lane said they had reported a smell of gas twice.' });
    const own = sampleArticle(33, { outlet: 'Evening Post', source: { url: 'https://eveningpost.example/iaea' }, body: 'The council said the lane would stay closed until Friday while engineers checked the walls.' });
    assert.deepEqual(outletKeys(carried), ['agency:reuters']);
    assert.equal(sourceGroups([reuters, carried, own]).count, 2);
    // Two sites carrying the same wire story keep their own reporting apart.
    const guardianWire = sampleArticle(34, { outlet: 'The Guardian', agency: 'Reuters', body: 'The council said the lane would stay closed until Friday while engineers checked the walls.' });
    const guardianOwn = sampleArticle(35, { outlet: 'The Guardian', body: 'A second family was moved out of Mill Lane on Wednesday after cracks appeared in a chimney.' });
    const cnnWire = sampleArticle(36, { outlet: 'CNN', agency: 'Reuters', body: 'Engineers said the walls of three houses would have to be rebuilt.' });
    const cnnOwn = sampleArticle(37, { outlet: 'CNN', body: 'Neighbours described a loud bang just after midnight and a smell of gas.' });
    assert.equal(sourceGroups([guardianWire, guardianOwn, cnnWire, cnnOwn]).count, 3);
  });

  it("should count a wire no list holds as one source with its own copies, and keep a carrying site's own reporting apart", () => {
    const ownCopy = sampleArticle(61, { outlet: 'Fjord Wire', agency: 'Fjord Wire', source: { url: 'https://fjordwire.example/a' }, body: wire });
    const ownOther = sampleArticle(62, { outlet: 'Fjord Wire', source: { url: 'https://fjordwire.example/b' }, body: 'Engineers said the walls of three houses would have to be rebuilt.' });
    const carried = sampleArticle(63, { outlet: 'Bergen Courier', agency: 'Fjord Wire', source: { url: 'https://bergencourier.example/a' }, body: wire });
    const siteOwn = sampleArticle(64, { outlet: 'Bergen Courier', source: { url: 'https://bergencourier.example/b' }, body: 'Neighbours described a loud bang just after midnight and a smell of gas.' });
    assert.deepEqual(outletKeys(carried), ['agency:fjord wire']);
    assert.equal(sourceGroups([ownCopy, ownOther, carried, siteOwn]).count, 2);
  });

  it("should count two pages of a site named 'The Wire' once, the byline's credit of the site's own name included", () => {
    // "By Ravi Menon, The Wire" now gives the outlet, not an agency (byline.ts); the other page names none.
    const credited = sampleArticle(95, { outlet: 'The Wire', agency: null, source: { url: 'https://thewire.example/politics/a' }, body: wire });
    const bare = sampleArticle(96, { outlet: null, agency: null, source: { url: 'https://thewire.example/politics/b' }, body: 'Residents of Mill Lane said they had reported a smell of gas twice.' });
    assert.deepEqual(outletKeys(credited), ['outlet:the wire', 'site:thewire.example']);
    assert.equal(sourceGroups([credited, bare]).count, 1);
  });

  it('should keep the keys as one text the store reads back, an older store\'s single key included', () => {
    const named = sampleArticle(18, { outlet: 'The Guardian', source: { url: 'https://www.theguardian.com/a' } });
    assert.deepEqual(splitOutletKey(outletKey(named)), ['outlet:the guardian', 'site:theguardian.com']);
    assert.deepEqual(splitOutletKey('outlet:the guardian'), ['outlet:the guardian']);
    assert.deepEqual(outletKeys(sampleArticle(19, { outlet: null, source: { file: 'x.txt' } })), [`article:${sampleArticle(19).id}`]);
  });

  it('should read an archived copy as its own site, keep outlets on one social or video host apart, and read a name across a line break', () => {
    const wral = sampleArticle(21, { outlet: null, source: { url: 'https://web.archive.org/web/20160410000000/http://www.wral.com/news/local/story/1/' } });
    const abc = sampleArticle(22, { outlet: null, source: { url: 'http://web.archive.org/web/2016/https://abc7.com/shooting?id=3' } });
    assert.deepEqual([outletKeys(wral), outletKeys(abc)], [['site:wral.com'], ['site:abc7.com']]);
    const cnn = sampleArticle(23, { outlet: 'CNN', source: { url: 'https://www.youtube.com/watch?v=a' }, body: wire });
    const bbc = sampleArticle(24, { outlet: 'BBC News', source: { url: 'https://www.youtube.com/watch?v=b' }, body: 'Residents of Mill Lane said they had reported a smell of gas twice.' });
    assert.equal(sourceGroups([cnn, bbc]).count, 2);
    assert.deepEqual(outletKeys(sampleArticle(25, { outlet: 'Daily\nPost', source: { url: 'https://dailypost.example/a' } })), ['outlet:daily post', 'site:dailypost.example']);
  });
});

describe('mayBeCopies', () => {
  it('should say no only where the Jaccard cannot reach the copy bar', () => {
    // 10 against 6 shingles: at most 6 shared, 6 / 10 = 0.6, just at the bar; 10 against 5 cannot reach it.
    const of = (n: number): Uint32Array => Uint32Array.from({ length: n }, (_x, i) => i);
    assert.equal(mayBeCopies(of(10), of(6)), true);
    assert.equal(jaccard(of(10), of(6)), 0.6);
    assert.equal(mayBeCopies(of(10), of(5)), false);
    assert.equal(mayBeCopies(of(5), of(10)), false);
    assert.equal(mayBeCopies(of(0), of(0)), false);
    // Every size pair up to 40: whenever the sets could be copies by Jaccard, the check lets them through.
    for (let a = 1; a <= 40; a++) for (let b = 1; b <= 40; b++) if (jaccard(of(a), of(b)) >= 0.6) assert.ok(mayBeCopies(of(a), of(b)), `${a} and ${b}`);
  });
});

describe('sourceGroups against every pair compared', () => {
  /** The grouping as it was before pairs were passed over: every pair's Jaccard, then the same unions. */
  function everyPair(articles: readonly ReturnType<typeof sampleArticle>[]): Map<string, string> {
    const parent = new Map(articles.map((a) => [a.id, a.id]));
    const find = (id: string): string => (parent.get(id) === id ? id : find(parent.get(id)!));
    const union = (x: string, y: string): void => {
      const [rx, ry] = [find(x), find(y)];
      if (rx !== ry) parent.set(rx > ry ? rx : ry, rx > ry ? ry : rx);
    };
    const byOutlet = new Map<string, string>();
    const shingles = articles.map((a) => shingleHashes(a.body));
    articles.forEach((a, i) => {
      for (const key of outletKeys(a)) {
        const seen = byOutlet.get(key);
        if (seen) union(seen, a.id);
        else byOutlet.set(key, a.id);
      }
      for (let j = 0; j < i; j++) if (jaccard(shingles[i]!, shingles[j]!) >= 0.6) union(a.id, articles[j]!.id);
    });
    return new Map(articles.map((a) => [a.id, find(a.id)]));
  }

  it('should give every article the same group as comparing every pair does', () => {
    // Copies of one wire text cut short or lengthened by different amounts, chains of copies (each
    // near the next but the ends apart), outlets shared, and unrelated texts, in a fixed shuffled order.
    const words = 'officers said the driver went to hospital after the crash on the bridge late on friday while traffic waited for hours in the rain and the council said'.split(' ');
    const text = (from: number, length: number): string => Array.from({ length }, (_x, k) => words[(from + k) % words.length]).join(' ');
    const bodies = [text(0, 30), text(0, 26), text(0, 20), text(0, 14), text(2, 30), text(4, 30), text(8, 30), text(12, 30), text(0, 60), text(5, 9), text(17, 25), text(17, 18)];
    const outlets = ['Evening Post', 'Daily Star', null, 'Evening Post', 'Courier', null, 'Gazette', 'Daily Star', null, 'Herald', 'Courier', null];
    const articles = bodies.map((body, i) => sampleArticle(70 + i, { body, outlet: outlets[i] ?? null, source: { url: `https://site${i}.example/a` } }));
    for (const order of [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], [11, 3, 8, 0, 6, 2, 10, 5, 1, 9, 4, 7], [7, 6, 5, 4, 3, 2, 1, 0, 11, 10, 9, 8]]) {
      const ordered = order.map((i) => articles[i]!);
      assert.deepEqual(sourceGroups(ordered).groupOf, everyPair(ordered), order.join(','));
    }
  });
});
