import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import type { Article, OrganizationRef } from '../model/types.js';
import { withSanctionedBodies } from './sanctioned-bodies.js';
import { organizationsOf } from './organizations.js';

/** The report with the firm's name set as a body by hand: which names the tagger reads as bodies is not what is tested. */
function withBody(text: string, name: string, outlet: string): Article {
  const article = enrichedArticle(text, { title: 'Sanctions', outlet, publishedAt: '2031-02-10T10:00:00Z' });
  const start = article.body.indexOf(name);
  return { ...article, entities: [...article.entities.filter((e) => e.end <= start || e.start >= start + name.length), { text: name, type: 'organization' as const, start, end: start + name.length }] };
}

const ref = (name: string, sources: string[]): OrganizationRef => ({ name, aliases: [], country: null, sources, corroboration: sources.length });

describe('withSanctionedBodies', () => {
  it('should mark a firm a sanctions act designates, with the report that tells it', () => {
    const a = withBody('The finance ministry on Monday designated Marrowgate Shipping, a freight agent in Tartus, for moving arms.', 'Marrowgate Shipping', 'Harbour Gazette');
    const [body] = withSanctionedBodies([ref('Marrowgate Shipping', [a.id])], [a]);
    assert.deepEqual(body?.sanctioned, [a.id]);
  });

  it('should not mark a firm that only tells of the sanctions, or one named in a report of no sanctions', () => {
    const told = withBody('Marrowgate Shipping said on Monday that the sanctions would not stop its ferries.', 'Marrowgate Shipping', 'Harbour Gazette');
    const none = withBody('Marrowgate Shipping opened a new berth in Tartus on Monday.', 'Marrowgate Shipping', 'Quay Daily');
    const out = withSanctionedBodies([ref('Marrowgate Shipping', [told.id, none.id])], [told, none]);
    assert.equal(out[0]?.sanctioned, undefined);
  });

  it('should keep as a body of the event a firm designated in a sentence that also tells an earlier event', () => {
    const a = withBody('The ministry on 10 February 2031 also designated Marrowgate Shipping, which carried the rifles seized in the raid of 3 November 2030.', 'Marrowgate Shipping', 'Harbour Gazette');
    assert.ok(organizationsOf([a]).some((o) => o.name === 'Marrowgate Shipping'));
  });
});
