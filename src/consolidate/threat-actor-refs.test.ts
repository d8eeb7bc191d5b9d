import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { threatActorsOf } from './threat-actor-refs.js';

describe('threatActorsOf', () => {
  it("should make one actor of a crew's name spaced or cased otherwise, under the spelling most reports use", () => {
    const one = enrichedArticle('The Brinehold ransomware gang listed Northfield Port on its leak site on Monday.', { title: 'Gang claims port attack', outlet: 'Valley Times', publishedAt: '2026-03-03T09:00:00Z' });
    const two = enrichedArticle('The Brinehold ransomware gang said it took 40 GB from Northfield Port.', { title: 'Port data stolen', outlet: 'Metro Wire', publishedAt: '2026-03-03T11:00:00Z' });
    const three = enrichedArticle('The Brine Hold ransomware gang set the port a deadline of seven days.', { title: 'Deadline for port', outlet: 'Coast Daily', publishedAt: '2026-03-04T09:00:00Z' });
    assert.deepEqual(
      threatActorsOf([one, two, three]).map((a) => [a.name, a.aliases, a.sources.length]),
      [['Brinehold', ['Brine Hold'], 3]],
    );
  });

  it('should keep two crews whose names differ by more than spacing and case apart', () => {
    const one = enrichedArticle('The Brinehold ransomware gang listed Northfield Port on its leak site.', { title: 'Gang claims port attack', outlet: 'Valley Times', publishedAt: '2026-03-03T09:00:00Z' });
    const two = enrichedArticle('The Brinefold ransomware gang listed a school on its leak site.', { title: 'School listed', outlet: 'Metro Wire', publishedAt: '2026-03-03T11:00:00Z' });
    assert.deepEqual(threatActorsOf([one, two]).map((a) => a.name).sort(), ['Brinefold', 'Brinehold']);
  });
});
