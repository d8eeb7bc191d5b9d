import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { articleFeatures } from '../cluster/features.js';
import { indicatorsOfArticle } from './indicators.js';
import { organizationsOf } from './organizations.js';
import { storedFeatures } from './stored-features.js';

// One text filed twice keeps one id and content hash (the hash is of the text alone); each cache below
// must still answer the second copy as a fresh process would.
describe('consolidation caches, one text filed twice', () => {
  it("should give the second filing's own clustering features, not the first's", () => {
    const body = 'A grain barge drifted onto the weir at Tollerby Lock on Thursday, the canal trust said, and two crew were lifted off.';
    const first = enrichedArticle(body, { title: 'Barge stuck on Tollerby weir', outlet: 'Fen Courier', publishedAt: '2027-04-09T07:00:00Z' });
    const second = enrichedArticle(body, { title: 'Crew lifted from barge at lock', outlet: 'Fen Courier', publishedAt: '2028-04-14T07:00:00Z' });
    assert.equal(first.id, second.id);
    storedFeatures(first);
    const features = storedFeatures(second);
    assert.deepEqual(features, articleFeatures(second));
    assert.equal(features.published, '2028-04-14');
    assert.ok(features.terms.has('crew') && features.terms.get('crew')! > articleFeatures(first).terms.get('crew')!);
  });

  it("should read the bodies a copy names with its own byline, not the first copy's", () => {
    const body = 'The Wexmoor Harbour Board shut the slipway on Friday after a trawler sank at its mooring. Odile Prask of the Carrow Fisheries Institute contributed reporting.';
    const plain = enrichedArticle(body, { title: 'Trawler sinks at Wexmoor', outlet: 'Shore Post', publishedAt: '2027-05-08T09:00:00Z' });
    const bylined = { ...plain, authors: ['Odile Prask'] };
    // The reporter's sentence is her credit under her byline, so its body is no body of the event.
    assert.deepEqual(organizationsOf([bylined]).map((o) => o.name), ['Wexmoor Harbour Board']);
    assert.deepEqual(organizationsOf([plain]).map((o) => o.name), ['Wexmoor Harbour Board', 'Carrow Fisheries Institute']);
  });

  it("should set aside the copy's own site, not the first copy's, among its indicators", () => {
    const report = {
      id: 'art_sametext_ioc',
      contentHash: 'sametext-ioc',
      headline: 'Dropper hides in a fake invoice',
      body: 'The dropper fetched its payload from the command-and-control domain invoice-mirror[.]net, and the lab keeps its notes at brackfield-labs[.]com, the researchers wrote.',
    };
    const onOwnSite = indicatorsOfArticle({ ...report, source: { url: 'https://brackfield-labs.com/notes/dropper' } });
    assert.deepEqual(onOwnSite.map((i) => i.value), ['invoice-mirror.net']);
    const reposted = indicatorsOfArticle({ ...report, source: { url: 'https://wire.example.org/dropper' } });
    assert.deepEqual(reposted.map((i) => i.value), ['invoice-mirror.net', 'brackfield-labs.com']);
  });

  it("should read a copy's headline for its indicators", () => {
    const report = { id: 'art_sametext_head', contentHash: 'sametext-head', source: {}, body: 'Researchers tied the campaign to a known crew.' };
    assert.deepEqual(indicatorsOfArticle({ ...report, headline: 'Crew returns' }), []);
    assert.deepEqual(indicatorsOfArticle({ ...report, headline: 'Crew returns with domain relay-pantry[.]xyz' }).map((i) => i.value), ['relay-pantry.xyz']);
  });
});
