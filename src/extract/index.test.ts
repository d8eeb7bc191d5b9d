import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rawDocument } from '../ingest/read-input.js';
import { NewsDocument } from '../model/document.js';
import { createExtract } from './index.js';

const PAGE = 'Two hurt as storm topples crane in harbour - Portside Gazette\n\nTwo dock workers were hurt on Tuesday when a storm toppled a crane at the harbour, the port authority said. Both were taken to hospital.\n\nThe port stayed shut until evening while engineers checked the other cranes.\n';

function extracted(content: string, hints: Parameters<typeof rawDocument>[3], kind: 'text' | 'body' = 'text'): NewsDocument {
  const doc = new NewsDocument(rawDocument(content, kind, { file: 'page.txt' }, hints));
  createExtract()(doc);
  return doc;
}

describe('extract', () => {
  it('should never take a byline line as the headline, in text or in HTML, but the line before it', () => {
    const body = 'The county council voted on Monday to close the old bridge to lorries, a spokeswoman said.\n\nRepairs are due to start in the summer.';
    for (const by of ['By Test Reporter', 'By Metro Desk', 'By Orla Keane']) {
      assert.equal(extracted(`Old bridge to close to lorries\n${by}\n\n${body}\n`, {}).article.headline, 'Old bridge to close to lorries', by);
      assert.equal(extracted(`Valley Courier\nOld bridge to close to lorries\n${by}\n${body}\n`, {}).article.headline, 'Old bridge to close to lorries', by);
      // A page that opens with the byline: the headline is the line after it.
      assert.equal(extracted(`${by}\nOld bridge to close to lorries\n${body}\n`, {}).article.headline, 'Old bridge to close to lorries', by);
      // A byline a template sets as the page's heading: the <title> gives the headline.
      const html = `<html><head><title>Old bridge to close to lorries</title></head><body><article><h1>${by}</h1>${body.split('\n\n').map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
      const doc = new NewsDocument(rawDocument(html, 'html', { file: 'page.html' }, {}));
      createExtract()(doc);
      assert.equal(doc.article.headline, 'Old bridge to close to lorries', `html ${by}`);
    }
  });

  it('should cut the site name off a title and take it as the outlet when no address names the site', () => {
    const doc = extracted(PAGE, {});
    assert.equal(doc.article.headline, 'Two hurt as storm topples crane in harbour');
    assert.equal(doc.article.outlet, 'Portside Gazette');
    assert.equal(doc.siteName, 'Portside Gazette');
  });

  it('should read control characters (a NUL from a bad scrape) as spaces, in text and in a record body', () => {
    for (const kind of ['text', 'body'] as const) {
      const doc = extracted(PAGE.replace('the port authority said.', 'the port\u0000authority said.\u0007').replace('checked', 'che\u001bcked'), {}, kind);
      assert.ok(!/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(doc.article.body), kind);
      assert.match(doc.article.body, /the port authority said\./, kind);
    }
  });

  it('should warn that a text in another language is read as English, and not warn for English', () => {
    const german = extracted('Raketenangriff auf Charkiw\n\nBei einem russischen Raketenangriff auf die Großstadt Charkiw sind in der Nacht zum Mittwoch nach Behördenangaben mindestens acht Menschen getötet worden. Die Raketen trafen ein Wohnhaus und einen Supermarkt im Bezirk Kyjiwskyj.\n', {});
    assert.equal(german.article.language, 'de');
    assert.ok(german.messages.some((m) => m.rule === 'not-english' && m.severity === 'warning' && m.message.includes("'de'")));
    assert.ok(!extracted(PAGE, {}).messages.some((m) => m.rule === 'not-english'));
  });

  it('should cut it from a given title too, but leave the outlet to the address when there is one', () => {
    const doc = extracted(PAGE.split('\n\n').slice(1).join('\n\n'), { title: 'Two hurt as storm topples crane - KXYZ News 4 - Portside, Maine', url: 'https://kxyz.example/news/1' }, 'body');
    assert.equal(doc.article.headline, 'Two hurt as storm topples crane');
    assert.equal(doc.article.outlet, null);
    assert.equal(doc.siteName, 'KXYZ News 4 - Portside, Maine');
  });

  it("should read a wire story's agency from its dateline and its reporters from its closing credit, which leaves the body", () => {
    const wire = 'VIENNA (Reuters) - The U.N. nuclear watchdog said on Monday its inspectors had returned.\n\nTalks will resume next week.\n\n(Reporting by Francois Murphy; Editing by Mark Heinrich)';
    for (const kind of ['text', 'body'] as const) {
      const doc = extracted(wire, { title: 'Inspectors return', outlet: 'The Straits Times' }, kind);
      assert.equal(doc.article.agency, 'Reuters', kind);
      assert.deepEqual(doc.article.authors, ['Francois Murphy'], kind);
      assert.ok(!doc.article.body.includes('Editing by'), kind);
    }
  });

  it("should read a byline's wire no list holds as the agency and keep the page's masthead as its outlet", () => {
    const page = 'HILLTOP HERALD\nFerry runs aground off the point\nBy Nia Brennan, Moorland Press Agency\n\nPORTHAVEN (MPA) -- A ferry carrying 40 passengers ran aground off the point on Friday, the coastguard said. No one was hurt.\n\nTugs pulled the ferry free on the evening tide.\n';
    const article = extracted(page, {}).article;
    assert.deepEqual([article.outlet, article.agency, article.authors], ['Hilltop Herald', 'Moorland Press Agency', ['Nia Brennan']]);
  });

  it('should keep a stated outlet over the title\'s site', () => {
    assert.equal(extracted(PAGE, { outlet: 'The Portside Gazette Online' }).article.outlet, 'The Portside Gazette Online');
  });
});

describe('extract, HTML', () => {
  it('should read the outlet from the <title> of a page with no site name and no address', () => {
    const html = '<html><head><title>Two hurt as storm topples crane in harbour | Portside Gazette</title></head><body><article><h1>Two hurt as storm topples crane in harbour</h1><p>Two dock workers were hurt on Tuesday when a storm toppled a crane at the harbour, the port authority said. Both went to hospital, neither of them badly hurt.</p><p>The port stayed shut until evening while engineers checked the other cranes, and shipping was moved to the north quay.</p></article></body></html>';
    const doc = new NewsDocument(rawDocument(html, 'html', { file: 'page.html' }, {}));
    createExtract()(doc);
    assert.equal(doc.article.headline, 'Two hurt as storm topples crane in harbour');
    assert.equal(doc.article.outlet, 'Portside Gazette');
  });
});

describe('extract: a stamp that counts back under the headline', () => {
  const page = 'Crane collapse shuts Portside quay\n\n4 hours ago\n\nPORTSIDE — A crane collapsed onto the main quay at Portside harbour on Monday, the port authority said. Nobody was hurt.\n\nThe quay will stay shut until engineers have checked the other cranes.\n';

  it('should date the page from its fetch time, or leave it undated, and never take the stamp for the headline', () => {
    const fetched = extracted(page, { fetchedAt: '2026-03-10T09:15:00Z' }).article;
    assert.equal(fetched.publishedAt, '2026-03-10T05:15:00+00:00');
    assert.equal(fetched.headline, 'Crane collapse shuts Portside quay');
    const unknown = extracted(page, {}).article;
    assert.equal(unknown.publishedAt, null);
    assert.equal(unknown.headline, 'Crane collapse shuts Portside quay');
  });
});
