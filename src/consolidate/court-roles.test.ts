import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { consolidateParticipants } from './participants.js';

describe('court roles in the participants', () => {
  it('should read the accused, counsel for the Government and counsel for the accused from the phrases after their names', () => {
    const one = enrichedArticle(
      [
        'Mr. Anselm Vidrecht, the accused in the Tarnby exchange case, appeared in federal court in Chicago yesterday and pleaded not guilty to five counts.',
        'Ms. Odile Franqueza, for the Government, told the court that the accused had wired $9 million abroad before he was arrested last year.',
        'Mr. Teodor Wallisch, for the accused, asked for bail of $2 million and said his client had never tried to flee.',
      ].join('\n\n'),
      { title: 'Exchange founder pleads not guilty', outlet: 'Bench Report', publishedAt: '2026-05-06T18:00:00Z' },
    );
    const roles = Object.fromEntries(consolidateParticipants([one]).participants.map((p) => [p.name, p.role]));
    assert.equal(roles['Anselm Vidrecht'], 'defendant', JSON.stringify(roles));
    assert.equal(roles['Odile Franqueza'], 'prosecutor', JSON.stringify(roles));
    assert.equal(roles['Teodor Wallisch'], 'defence lawyer', JSON.stringify(roles));
  });

  it('should keep the role an article states in other words', () => {
    const one = enrichedArticle('Prosecutor Odile Franqueza, for the Government, said the loss came to $9 million when the court sat on Monday.', { title: 'Loss put at $9 million', outlet: 'Bench Report', publishedAt: '2026-05-06T18:00:00Z' });
    const franqueza = consolidateParticipants([one]).participants.find((p) => p.name === 'Odile Franqueza');
    assert.equal(franqueza?.role, 'Prosecutor');
  });
});

describe('court roles only in a courtroom sentence', () => {
  it('should give no role to a spokesperson, an athlete or a speaker named for a government, a country or a town', () => {
    const one = enrichedArticle(
      [
        'Ilse Varnholt, for the government, said the new tram line through Brenzow would open in May.',
        'Dario Quesnel, for the Republic of Ireland, scored twice in the friendly at Lansfield.',
        'Wenna Tolliver, for the people of Brenzow, thanked the crews at a rally on Sunday.',
      ].join('\n\n'),
      { title: 'Tram line to open in May', outlet: 'Brenzow Post', publishedAt: '2026-05-06T18:00:00Z' },
    );
    const roles = Object.fromEntries(consolidateParticipants([one]).participants.map((p) => [p.name, p.role ?? null]));
    for (const name of ['Ilse Varnholt', 'Dario Quesnel', 'Wenna Tolliver']) {
      assert.notEqual(roles[name], 'prosecutor', JSON.stringify(roles));
    }
  });
});
