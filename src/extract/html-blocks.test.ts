import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { htmlToBlocks } from './html-blocks.js';
import { htmlLayout } from './html-layout.js';

function extract(html: string) {
  const page = htmlToBlocks(html);
  return { meta: page.meta, layout: htmlLayout(page, {}) };
}

describe('htmlToBlocks', () => {
  it('should read JSON-LD (in an @graph) before meta tags, keeping the date offset', () => {
    const { meta } = extract(`<html><head>
      <meta property="og:title" content="Meta title">
      <script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"X"},{"@type":"NewsArticle","headline":"LD headline","datePublished":"2025-11-04T06:00:00+11:00","author":{"@type":"Person","name":"Grace Whitfield"},"publisher":{"name":"Southern Cross Post"}}]}</script>
      </head><body><p>x</p></body></html>`);
    assert.equal(meta.headline, 'LD headline');
    assert.equal(meta.publishedAt, '2025-11-04T06:00:00+11:00');
    assert.deepEqual(meta.authors, ['Grace Whitfield']);
    assert.equal(meta.outlet, 'Southern Cross Post');
  });

  it('should read JSON-LD that sites write loosely, and pick the page’s own article among several', () => {
    const loose = extract(`<html><head><script type="application/ld+json">{"@type":"NewsArticle","mainEntityOfPage":{"@type":"WebPage","datePublished":"2021-03-14T07:45:00+01:00",},"headline":"Line one
      line two"} }</script></head><body><p>x</p></body></html>`);
    assert.equal(loose.meta.publishedAt, '2021-03-14T07:45:00+01:00');
    const several = extract(`<html><head><link rel="canonical" href="https://example.org/b"><script type="application/ld+json">[{"@type":"NewsArticle","url":"https://example.org/a","headline":"Other story","datePublished":"2019-01-01"},{"@type":"NewsArticle","url":"https://example.org/b","headline":"This story","datePublished":"2020-05-05"}]</script></head><body><p>x</p></body></html>`);
    assert.equal(several.meta.headline, 'This story');
    assert.equal(several.meta.publishedAt, '2020-05-05');
  });

  it('should take the time of day from a <time> of the same day when the meta tag gives the day alone', () => {
    const timed = extract(`<html><head><meta name="date" content="2026-11-17"></head><body>
      <p>Published <time datetime="2026-11-17T16:20+01:00">17 November 2026, 16:20</time></p><p>x</p></body></html>`);
    assert.equal(timed.meta.publishedAt, '2026-11-17T16:20:00+01:00');
    // Another day's <time> (a related story's) does not move the stated day.
    const other = extract(`<html><head><meta name="date" content="2026-11-17"></head><body><time datetime="2026-11-12T09:00">12 Nov</time><p>x</p></body></html>`);
    assert.equal(other.meta.publishedAt, '2026-11-17');
  });

  it('should find a publication date in the attributes of an element named like a date', () => {
    const { meta } = extract(`<html><body><div class="news-time-ago" title="2020-09-20T14:20:02Z">2 hours ago</div><p>x</p></body></html>`);
    assert.equal(meta.publishedAt, '2020-09-20T14:20:02Z');
  });

  it('should take the article text from an article split across containers, without the chrome around it', () => {
    const { layout } = extract(`<html><body>
      <nav><a href="/">Home</a></nav>
      <div class="cookie-banner"><p>This site sets cookies so that it works well for you. Accept them all?</p></div>
      <article><h1>Bridge opens</h1>
        <div class="part-1"><p>The new bridge over the river opened on Saturday after two years of construction work by the city.</p></div>
        <div class="share-bar"><a href="#">Share on Facebook</a></div>
        <div class="part-2"><p>The mayor said the bridge would cut journey times across the city by a quarter, officials added.</p></div>
        <figure><figcaption>The bridge at dawn on Saturday. (Photo: City Hall)</figcaption></figure>
        <aside class="related"><p>Other bridges that opened this year across the whole country and beyond.</p></aside>
      </article>
      <footer><p>Copyright 2025 The City Paper. All rights reserved worldwide.</p></footer>
    </body></html>`);
    assert.equal(layout.headline, 'Bridge opens');
    assert.equal(layout.paragraphs.length, 2);
    assert.deepEqual(layout.captions, ['The bridge at dawn on Saturday. (Photo: City Hall)']);
  });

  it('should keep the article inside a page wrapper whose class names a menu, and use JSON-LD text when the page has none', () => {
    const wrapped = extract(`<html><body><div class="content-and-menu-wrap"><nav><a href="/">Home</a></nav>
      <div class="post"><p>The council approved the new budget on Tuesday after a debate that lasted more than six hours.</p>
      <p>Opposition members said the plan cut too deeply into library services, while the mayor called it fair and balanced.</p>
      <p>The budget takes effect in January, officials said, and will be reviewed again in the spring by the finance committee.</p></div></div></body></html>`);
    assert.equal(wrapped.layout.paragraphs.length, 3);
    const ld = extract(`<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"H","articleBody":"First paragraph of the story, long enough to count as real article text for readers.\\nSecond paragraph of the story, also long enough to be read as text of the article itself, and more words to pass the minimum."}</script></head><body><div id="app"></div></body></html>`);
    assert.equal(ld.layout.method, 'json-ld');
    assert.equal(ld.layout.paragraphs.length, 2);
  });

  const PROSE = 'The council approved the new budget on Tuesday after a debate that lasted more than six hours, officials said.';

  it('should survive a <title> that is never closed', () => {
    const { layout } = extract(`<html><head><title>Budget passes<meta name="x" content="y"></head><body><p>${PROSE}</p><p>${PROSE} Again.</p></body></html>`);
    assert.equal(layout.paragraphs.length, 2);
  });

  it('should start a new block at a heading or paragraph that the markup forgot to close', () => {
    const { layout } = extract(`<html><body><div class="post"><h1>Budget passes</h2><p>${PROSE}</p><p>${PROSE} More.</p><p>${PROSE} Still more.</p></div></body></html>`);
    assert.equal(layout.paragraphs.length, 3);
  });

  it('should keep text that stands outside any block, and judge link text line by line', () => {
    const loose = extract(`<html><head><title>T</title></head><font>${PROSE}<br>${PROSE} Second line.<br>${PROSE} Third line.</font></html>`);
    assert.equal(loose.layout.paragraphs.length, 3);
    const links = Array.from({ length: 40 }, (_, i) => `<a href="/${i}">Link number ${i} to somewhere else</a>`).join('<br>');
    const mixed = extract(`<html><body><div>${PROSE}<br>${PROSE} Two.<br>${PROSE} Three.<br>${links}</div></body></html>`);
    assert.equal(mixed.layout.paragraphs.length, 3);
  });

  it('should read short table rows across and keep a long cell as its own block', () => {
    const { layout } = extract(`<html><body><article><p>${PROSE}</p><p>${PROSE} Then the standings.</p><table><tr><td>1</td><td>Kyle Busch</td><td>5040</td></tr><tr><td>2</td><td>Martin Truex Jr.</td><td>5035</td></tr></table></article></body></html>`);
    assert.ok(layout.paragraphs.includes('1 Kyle Busch 5040'), JSON.stringify(layout.paragraphs));
  });

  it('should read a row that opens with a time across, long cells and all: a timetable\'s times are no live stamps', () => {
    const long = 'Opening remarks by the Secretary-General in the General Assembly hall, followed by the general debate.';
    const page = htmlToBlocks(`<html><body><article><p>${PROSE}</p><table><tr><td>09:00</td><td>${long}</td></tr><tr><td>11:30</td><td>${long}</td></tr></table></article></body></html>`);
    assert.ok(page.blocks.some((b) => b.text === `09:00 ${long}`), JSON.stringify(page.blocks.map((b) => b.text)));
    assert.ok(!page.blocks.some((b) => b.text === '09:00'));
  });

  it('should keep a surname that is also the author’s out of the bio rule, and read "Smith, John" as one author', () => {
    const { layout } = extract(`<html><head><meta name="author" content="Kim, Minji"></head><body><article><p>${PROSE}</p><p>Kim is expected to arrive in Seoul on Friday for talks with the ministry, officials said.</p></article></body></html>`);
    assert.deepEqual(layout.authors, ['Minji Kim']);
    assert.equal(layout.paragraphs.length, 2);
  });

  it('should keep Japanese paragraphs, which end in 。 and have no spaces', () => {
    const ja = ['日米韓の外務当局者はワシントンで会合を開いた。', '三か国の代表は民間企業との協力強化で一致した。', '外務省は北朝鮮のサイバー脅威について発表した。', '次回の会合は東京で開かれる予定だという。'];
    const { layout } = extract(`<html lang="ja"><body><article>${ja.map((p) => `<p>${p}${p}</p>`).join('')}</article></body></html>`);
    assert.equal(layout.paragraphs.length, 4);
  });

  it('should keep the lines of a <pre> article', () => {
    const lines = Array.from({ length: 5 }, (_, i) => `Line ${i} of a plain-text release, long enough to be read as a paragraph of text.`);
    const { layout } = extract(`<html><body><pre>${lines.join('\n')}</pre></body></html>`);
    assert.equal(layout.paragraphs.length, 5);
  });

  it('should read a page whose JSON-LD holds a huge list, and find a byline near the article before one in a sidebar', () => {
    const items = JSON.stringify({ '@type': 'ItemList', itemListElement: Array.from({ length: 200_000 }, (_, i) => i) });
    const big = extract(`<html><head><script type="application/ld+json">${items}</script></head><body><article><p>${PROSE}</p><p>${PROSE} Two.</p></article></body></html>`);
    assert.equal(big.layout.paragraphs.length, 2);
    const bylines = extract(`<html><body><aside><p>By Mary Major</p><p>Another story about something else entirely, with its own author.</p></aside><article><p>By Tom Field</p><p>${PROSE}</p><p>${PROSE} Two.</p><p>${PROSE} Three.</p></article></body></html>`);
    assert.deepEqual(bylines.layout.authors.slice(0, 1), ['Tom Field']);
  });

  it('should handle thousands of unclosed nested containers', () => {
    const html = `<html><body>${Array.from({ length: 3000 }, (_, i) => `<div class="para"><p>${PROSE} Number ${i}.</p>`).join('')}</body></html>`;
    assert.equal(extract(html).layout.paragraphs.length, 3000);
  });

  it('should not crash on deeply nested or broken markup', () => {
    const deep = `${'<div>'.repeat(20000)}<p>Deep text that is long enough to count as a paragraph of prose.</p>${'</div>'.repeat(100)}<p><b>unclosed <i>tags`;
    const { layout } = extract(deep);
    assert.ok(layout.paragraphs.some((p) => p.startsWith('Deep text')));
  });
  it('should keep an embedded social post, and take a caption-named element as a caption', () => {
    const { layout } = extract(`<html><body><article>
      <p>The state launched its new campaign on Monday, and many people noticed something odd about the slogan.</p>
      <div class="InlineImage-imageEmbedCaption">The governor at the launch in Pierre on Monday, Nov. 18, 2019.</div>
      <div class="social-media-embed"><blockquote class="twitter-tweet"><p>Not a joke: the state really paid close to $480,000 for this slogan</p>— A reader (@reader) November 18, 2019</blockquote></div>
      <p>The governor defended the campaign, saying it had people talking about the problem, which was the point.</p>
    </article></body></html>`);
    assert.ok(layout.paragraphs.some((p) => p.startsWith('Not a joke')));
    assert.deepEqual(layout.captions, ['The governor at the launch in Pierre on Monday, Nov. 18, 2019.']);
  });

  it('should take a caption-named paragraph under an image as a caption, not as body text', () => {
    const { layout } = extract(`<html><body><article>
      <h1>Minister rejects ransom demand</h1>
      <amp-img src="/i/minister.jpg" width="600" height="400"></amp-img>
      <p class="caption">The minister speaks to reporters in the capital on Wednesday.</p>
      <p>The government on Wednesday said no public money would go to the hackers who attacked the port operator.</p>
      <p>The minister said the national cyber agency had traced the intrusion to a flaw in a VPN gateway.</p>
      <div class="photo-caption"><p>Trucks wait outside the terminal gates on Tuesday.</p></div>
    </article></body></html>`);
    assert.deepEqual(layout.captions, ['The minister speaks to reporters in the capital on Wednesday.', 'Trucks wait outside the terminal gates on Tuesday.']);
    assert.ok(layout.paragraphs.every((p) => !/reporters in the capital|Trucks wait/.test(p)));
  });

  it('should drop calls to action and a press release’s issuer paragraph at the end', () => {
    const { layout } = extract(`<html><body><article>
      <p>Acme Medical and a hospital group said on Tuesday they would roll out a new alarm system in intensive care units.</p>
      <p>The system collects data from monitors, ventilators and pumps, and shows clinicians one view of each patient.</p>
      <p>“It cuts the noise that nurses hear each shift,” said the group’s medical director, who led the trial last year.</p>
      <p>Have a tip? Jane Doe may be reached at jdoe@example.com.</p>
      <p>Want our stories each morning? Subscribe to Example.com’s newsletters.</p>
      <p>Acme Medical is a global provider of alarm software for hospitals and nursing homes.</p>
      <p>Acme Medical has its head office in Leeds and about 900 staff in nine countries.</p>
    </article></body></html>`);
    assert.equal(layout.paragraphs.length, 3);
  });
});
