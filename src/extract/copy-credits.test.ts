import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rawDocument } from '../ingest/read-input.js';
import { NewsDocument } from '../model/document.js';
import { createExtract } from './index.js';

// ux75a faults 12, 13 and ux75b fault 8: a paper's copy of a regional wire lost its outlet or its
// agency; a page that names its author alone under the headline, or a record body that opens with its
// byline, gave no author.
function extracted(content: string, kind: 'text' | 'body' = 'text', hints: Parameters<typeof rawDocument>[3] = {}): NewsDocument {
  const doc = new NewsDocument(rawDocument(content, kind, { file: 'page.txt' }, hints));
  createExtract()(doc);
  return doc;
}

const STORY = 'KIRUNA, Sweden -- A rockfall closed the mine road on Monday, trapping two lorries, the county said.\n\nCrews cleared one lane by evening and no one was hurt, a spokesman said.\n';

describe('extract, copies and credits', () => {
  it("should keep the masthead as the outlet and a byline's wire service as the agency", () => {
    const doc = extracted(`NORTHERN MORNING POST\nHome | World | Business | Sport\nRockfall closes mine road near Kiruna\nBy Tomas Berg, Fjell Wire Service\n${STORY}`);
    assert.equal(doc.article.outlet, 'Northern Morning Post');
    assert.equal(doc.article.agency, 'Fjell Wire Service');
    assert.deepEqual(doc.article.authors, ['Tomas Berg']);
  });

  it("should read a regional wire's initials from a dated dateline, and none from a station's undated call sign", () => {
    const dated = extracted(`Rockfall closes mine road\n\nKIRUNA, March 3 (NOWA) -- A rockfall closed the mine road on Monday, trapping two lorries, the county said.\n\nCrews cleared one lane by evening and no one was hurt.\n`);
    assert.equal(dated.article.agency, 'NOWA');
    const credited = extracted(`Rockfall closes mine road\n\nKIRUNA (NOWA) -- A rockfall closed the mine road on Monday, trapping two lorries, the county said.\n\nCrews cleared one lane by evening and no one was hurt.\n\n(Reporting by NOWA; editing by Lapland Times)\n`, 'body');
    assert.equal(credited.article.agency, 'NOWA');
    const station = extracted(`Rockfall closes mine road\n\nKIRUNA (KRNA) -- A rockfall closed the mine road on Monday, trapping two lorries, the county said.\n\nCrews cleared one lane by evening and no one was hurt.\n`);
    assert.equal(station.article.agency, null);
  });

  it('should take "<Name> Today" over the menu as the outlet and a name alone between headline and date as the author', () => {
    const doc = extracted(`Sapmi Today\nNews | Politics | Economy | Culture\nRockfall closes mine road near Kiruna\nAnna Lindqvist\nTuesday 3 March 2026 17:10\n${STORY}`);
    assert.equal(doc.article.outlet, 'Sapmi Today');
    assert.deepEqual(doc.article.authors, ['Anna Lindqvist']);
    assert.equal(doc.article.headline, 'Rockfall closes mine road near Kiruna');
  });

  it('should take no line between headline and body as the author where no date follows it', () => {
    const doc = extracted(`Sapmi Today\nNews | Politics | Economy | Culture\nRockfall closes mine road near Kiruna\nAnna Lindqvist\n${STORY}`);
    assert.deepEqual(doc.article.authors, []);
  });

  it("should take a record body's opening byline as its author and out of the text, not a long opening sentence", () => {
    const doc = extracted(`By Lena Holm\n\n${STORY}`, 'body');
    assert.deepEqual(doc.article.authors, ['Lena Holm']);
    assert.ok(!doc.article.body.includes('Lena Holm'));
    const sentence = extracted(`By Tuesday evening crews had cleared one lane of the mine road, the county said.\n\n${STORY}`, 'body');
    assert.deepEqual(sentence.article.authors, []);
    assert.ok(sentence.article.body.startsWith('By Tuesday evening'));
  });
});

// ux77a faults 5 and 11: a copied wire story whose dateline stands alone on its line gave no date, no
// place and no agency; a site's copy credited "Nordic Press Wire | <day>" under the headline gave no agency.
describe('extract, a lone wire dateline and a "Press Wire" credit line', () => {
  const LEAD = 'Norway on Tuesday cut the cod quota for the Barents Sea by a fifth, the fisheries ministry said.\n\nFishing groups said the cut would cost jobs in the north, and asked for talks.\n';

  it("should date the story by the lone dateline and take its initials as the page's own wire", () => {
    const doc = extracted(`Nordic Press Wire\nNorway trims cod quota for the Barents Sea\nBy Ingrid Havik\nOSLO, April 7, 2026 (NPW)\n\n${LEAD}`);
    assert.equal(doc.article.publishedAt, '2026-04-07');
    assert.equal(doc.article.headline, 'Norway trims cod quota for the Barents Sea');
    assert.equal(doc.article.agency, 'Nordic Press Wire');
    assert.ok(doc.article.body.startsWith('OSLO, April 7, 2026 (NPW) — Norway on Tuesday'));
  });

  it('should date a text by a date beside its reading time', () => {
    const doc = extracted(`Fjordland Business Post\nNorway trims cod quota for the Barents Sea\nBy Ingrid Havik\nApril 8, 2026 | 4 min read\n\n${LEAD}`);
    assert.equal(doc.article.publishedAt, '2026-04-08');
  });

  it('should leave a text undated whose only date is inside a sentence of its body', () => {
    const doc = extracted(`Fjordland Business Post\nNorway trims cod quota for the Barents Sea\nBy Ingrid Havik\n\nThe ministry said the quota set on April 7, 2026 would stand for a year.\n\n${LEAD}`);
    assert.equal(doc.article.publishedAt, null);
  });

  it('should take the credit line under an HTML headline as the agency', () => {
    const html = '<html><head><title>Norway trims cod quota | Fjordland Business Post</title></head><body><h1>Norway trims cod quota for the Barents Sea</h1><p class="meta">Nordic Press Wire | April 7, 2026</p>'
      + `<article>${LEAD.split('\n\n').map((p) => `<p>OSLO (NPW) — ${p}</p>`).slice(0, 1).join('')}<p>Fishing groups said the cut would cost jobs in the north, and asked for talks with the ministry.</p><p>The ministry said the quota would be reviewed in the autumn.</p></article></body></html>`;
    const doc = new NewsDocument(rawDocument(html, 'html', { file: 'page.html' }, {}));
    createExtract()(doc);
    assert.equal(doc.article.agency, 'Nordic Press Wire');
    const own = html.replace('Nordic Press Wire | April 7, 2026', 'By Ingrid Havik | April 7, 2026');
    const ownDoc = new NewsDocument(rawDocument(own, 'html', { file: 'page.html' }, {}));
    createExtract()(ownDoc);
    assert.equal(ownDoc.article.agency, null);
  });
});
