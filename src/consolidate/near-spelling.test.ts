import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { nearSpellings } from './near-spelling.js';
import { consolidateParticipants } from './participants.js';

function report(body: string, outlet: string, name: string, country: string | null) {
  const article = enrichedArticle(body, { title: 'Export curbs', outlet, publishedAt: '2026-05-04T08:00:00Z', url: `https://${outlet.toLowerCase().replace(/\W/g, '')}.example/a` });
  const start = body.indexOf(name);
  article.people = [{ name, variants: [], role: 'trade minister', roleMentions: [{ start, end: start + name.length }], organization: null, country, mentions: [{ start, end: start + name.length }], byline: false, inEvent: true }];
  return article;
}

describe('one person spelt apart in every word', () => {
  it('should take a letter inserted in one word and a letter doubled in the other for one name', () => {
    assert.equal(nearSpellings(['bahrudin', 'setiawann'], ['bachrudin', 'setiawan']), true);
    assert.equal(nearSpellings(['bahrudin', 'setiawan'], ['bahrudin', 'setiawan']), false);
    assert.equal(nearSpellings(['tom', 'brown'], ['tim', 'browne']), false);
  });

  it('should make one participant of the two spellings of one country, and list the spelling as a disagreement', () => {
    const one = report('Trade minister Bahrudin Setiawann said the curbs start in May.', 'Harbour Wire', 'Bahrudin Setiawann', 'ID');
    const two = report('Trade minister Bachrudin Setiawan defended the curbs on Monday.', 'Coast Daily', 'Bachrudin Setiawan', 'ID');
    const { participants, discrepancies } = consolidateParticipants([one, two]);
    assert.equal(participants.length, 1, participants.map((p) => p.name).join(', '));
    assert.ok(discrepancies.some((d) => d.about.startsWith('name of')), JSON.stringify(discrepancies));
  });

  it('should keep them apart where the reports give them different countries', () => {
    const one = report('Trade minister Bahrudin Setiawann said the curbs start in May.', 'Harbour Wire', 'Bahrudin Setiawann', 'ID');
    const two = report('Trade minister Bachrudin Setiawan defended the curbs on Monday.', 'Coast Daily', 'Bachrudin Setiawan', 'MY');
    assert.equal(consolidateParticipants([one, two]).participants.length, 2);
  });
});
