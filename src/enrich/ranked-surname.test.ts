import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { atWork, rankBefore, standsAlone } from './ranked-surname.js';
import { enrichedArticle } from '../../test/articles.js';

const hints = { title: 'Man shot on Main Street', outlet: 'Town Desk', publishedAt: '2025-06-04T10:00:00Z' };

describe('rankBefore', () => {
  it('should give the rank written before a name, a compound one whole', () => {
    const body = 'Two men were hurt, Staff Sgt. Miller said.';
    assert.equal(rankBefore(body, body.indexOf('Miller')), 'Staff Sgt.');
    const told = '"We found him on the sidewalk," Det. Ruiz said.';
    assert.equal(rankBefore(told, told.indexOf('Ruiz')), 'Det.');
    const none = 'A neighbour, Miller, said he heard shots.';
    assert.equal(rankBefore(none, none.indexOf('Miller')), null);
  });

  it('should keep an officer the article names by rank and surname only, with the rank as the role', () => {
    const article = enrichedArticle('A man was shot on Main Street on Friday night. "We found him on the sidewalk," Sgt. Miller said.', hints);
    assert.deepEqual(article.people.map((p) => [p.name, p.role]), [['Miller', 'Sgt.']]);
  });

  it('should take a word followed by another name word or a nickname for a given name, not a surname alone', () => {
    const body = 'The boy was hurt, according to Police Chief Orlena May. Chief Jason “Jake” Simmons said more. Sgt. Miller said so.';
    assert.equal(standsAlone(body, body.indexOf('Orlena') + 6), false);
    assert.equal(standsAlone(body, body.indexOf('Jason') + 5), false);
    assert.equal(standsAlone(body, body.indexOf('Miller') + 6), true);
  });

  it('should keep a film or cartoon character of a rank and a name out of the officers', () => {
    const film = 'Detective Pikachu opened in theaters on Friday and earned $54 million.';
    assert.equal(atWork(film, film.indexOf('Pikachu'), film.indexOf('Pikachu') + 7), false);
    assert.deepEqual(enrichedArticle(film, hints).people.map((p) => p.name), []);
    assert.deepEqual(enrichedArticle('Inspector Gadget returns in a new series on Friday.', hints).people.map((p) => p.name), []);
    const told = '"We found him on the sidewalk," Sgt. Miller said.';
    assert.equal(atWork(told, told.indexOf('Miller'), told.indexOf('Miller') + 6), true);
  });
});
