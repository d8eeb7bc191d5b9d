import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rawDocument } from '../ingest/read-input.js';
import { NewsDocument } from '../model/document.js';
import { createExtract } from './index.js';

/** A live page whose entries are stamped in a zone the table does not hold. */
const PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta property="og:site_name" content="Lakeside Courier">
<meta property="article:published_time" content="2026-05-04T11:00:00+02:00">
</head><body><main><article>
<h1>Live: ferry service across the lake suspended</h1>
<div><time>10:40 QXT</time><p>Passengers waiting at the northern pier were offered places on buses around the lake.</p></div>
<div><time>08:15 QXT</time><p>The operator cancelled the first crossing of the day after the engine of its larger boat failed.</p></div>
</article></main></body></html>`;

describe('a live page whose stamps cannot be read', () => {
  it('should warn that its entries lost their times, and keep the stamps out of the text', () => {
    const doc = new NewsDocument(rawDocument(PAGE, 'html', { file: 'ferry-live.html' }, {}));
    createExtract()(doc);
    const warning = doc.messages.find((m) => m.rule === 'live-stamps-unread');
    assert.ok(warning, 'a warning about the unread stamps');
    assert.match(warning.message, /QXT/);
    assert.match(warning.message, /no entry has a time of its own/);
    assert.doesNotMatch(doc.article.body, /QXT/);
    assert.equal(doc.article.liveEntries ?? null, null);
  });
});
