import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RelatedMention, Timex } from '../model/types.js';
import { type FeaturesArticle, featuresKey, indicatorsKey, namedBodiesKey, type NamedArticle } from './cache-keys.js';

const lastSpring: Timex = { text: 'last spring', value: '2026-SP', type: 'DATE', start: 12, end: 23, anchoring: 'inferred' };

function featured(change: Partial<FeaturesArticle> = {}): FeaturesArticle {
  return {
    id: 'art_k', contentHash: 'k1', publishedAt: '2027-02-01T10:00:00Z', outlet: 'Dale Gazette', eventDate: null, timexes: [lastSpring], authors: [],
    headline: 'Mill fire in Ashcombe', agency: null, source: { url: 'https://dale.example/mill' }, place: null, themes: ['fire'], casualties: null, ...change,
  };
}

describe('featuresKey', () => {
  it('should give copies that agree in every field read one key', () => {
    assert.equal(featuresKey(featured()), featuresKey(featured()));
  });

  it('should tell apart one text under another title, date, address, agency, place, theme or toll', () => {
    const base = featuresKey(featured());
    const others: Partial<FeaturesArticle>[] = [
      { headline: 'Ashcombe mill burns' },
      { publishedAt: '2028-02-01T10:00:00Z' },
      { source: { url: 'https://vale.example/mill' } },
      { agency: 'Northwire' },
      { place: { name: 'Ashcombe', country: 'GB', lat: 51.1, lon: -2.4, text: 'Ashcombe', start: 0 } },
      { themes: ['fire', 'accident'] },
      { casualties: { killed: 1, injured: null } },
    ];
    for (const change of others) assert.notEqual(featuresKey(featured(change)), base, JSON.stringify(change));
  });
});

describe('namedBodiesKey', () => {
  const earlier: RelatedMention = { description: 'an earlier fire', date: '2025-06', sentence: 'A fire gutted it in June 2025.', start: 40, end: 70 };
  const named = (change: Partial<NamedArticle> = {}): NamedArticle => ({ id: 'art_k', contentHash: 'k1', timexes: [lastSpring], eventDate: null, related: [], authors: [], ...change });

  it('should tell apart one text read with other dates, other earlier events or another byline', () => {
    const base = namedBodiesKey(named());
    assert.equal(namedBodiesKey(named()), base);
    assert.notEqual(namedBodiesKey(named({ timexes: [{ ...lastSpring, value: '2027-SP' }] })), base);
    assert.notEqual(namedBodiesKey(named({ related: [earlier] })), base);
    assert.notEqual(namedBodiesKey(named({ authors: ['Tamsin Hale'] })), base);
  });
});

describe('indicatorsKey', () => {
  it("should tell apart one text under another headline or at another address", () => {
    const base = { id: 'art_k', contentHash: 'k1', headline: 'Worm spreads', source: { url: 'https://a.example/x' } };
    assert.equal(indicatorsKey({ ...base }), indicatorsKey(base));
    assert.notEqual(indicatorsKey({ ...base, headline: 'Worm spreads again' }), indicatorsKey(base));
    assert.notEqual(indicatorsKey({ ...base, source: {} }), indicatorsKey(base));
  });
});
