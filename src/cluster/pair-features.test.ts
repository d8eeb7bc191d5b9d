import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EventProfile } from '../store/store.js';
import type { ArticleFeatures } from './features.js';
import { articleVector, PAIR_FEATURES, type PairFeatureName, pairFeatures, ruledOut } from './pair-features.js';

const stats = { documents: 10, df: new Map<string, number>() };

function features(article: ArticleFeatures, event: EventProfile): Record<PairFeatureName, number> {
  const x = pairFeatures(article, articleVector(article, stats), event, stats);
  return Object.fromEntries(PAIR_FEATURES.map((name, i) => [name, x[i]!])) as Record<PairFeatureName, number>;
}

const article: ArticleFeatures = {
  terms: new Map([['shoot', 2], ['bar', 1]]),
  names: ['l:springfield', 'p:dana reyes'],
  date: '2025-05-02',
  figures: [],
  scene: null,
  earlier: [],
  act: null,
};

describe('pairFeatures', () => {
  it('should weigh an event term or name the stats do not count as one no article has, whatever else they count', () => {
    const event: EventProfile = { terms: { shoot: 1, harbor: 3, ferry: 2 }, names: ['l:springfield', 'p:lee park', 'p:dana reyes'], dates: ['2025-05-02'], size: 2 };
    // The store's stats count the article's own terms and names only; a caller's may count more.
    const own = { documents: 40, df: new Map([['shoot', 5], ['n:p:dana reyes', 2]]) };
    const more = { documents: 40, df: new Map([...own.df, ['drill', 7], ['n:o:coast guard', 3]]) };
    const scored = (s: typeof own) => pairFeatures(article, articleVector(article, s), event, s);
    assert.deepEqual(scored(own), scored(more));
    const counted = { documents: 40, df: new Map([...own.df, ['harbor', 9], ['n:p:lee park', 4]]) };
    assert.notDeepEqual(scored(counted), scored(own));
  });

  it('should score an event made of the same article as a full match on the same day', () => {
    const f = features(article, { terms: { shoot: 2, bar: 1 }, names: ['l:springfield', 'p:dana reyes'], dates: ['2025-05-02'], size: 1 });
    assert.ok(Math.abs(f.terms - 1) < 1e-9);
    assert.ok(Math.abs(f.names - 1) < 1e-9);
    assert.equal(f.sameDay, 1);
    assert.equal(f.placeConflict, 0);
    assert.equal(f.bias, 1);
  });

  it('should mark two different places, and shared people across more than six days', () => {
    const f = features(article, { terms: { shoot: 1 }, names: ['l:shelbyville', 'p:dana reyes'], dates: ['2025-04-01'], size: 3 });
    assert.equal(f.placeConflict, 1);
    assert.equal(f.places, 0);
    assert.equal(f.beyond6Days, 1);
    assert.ok(f.people > 0.99);
    assert.equal(f.peopleLate, f.people);
    assert.ok(Math.abs(f.logSize - Math.log(4)) < 1e-9);
  });

  it('should say when a date is missing rather than guess a gap', () => {
    const f = features({ ...article, date: null }, { terms: {}, names: [], dates: ['2025-05-02'], size: 1 });
    assert.equal(f.noDate, 1);
    assert.equal(f.sameDay + f.within2Days + f.within6Days + f.beyond6Days, 0);
    assert.equal(f.terms, 0);
  });

  it('should mark figures of one kind that disagree, and nothing where a side gives none', () => {
    const quake: ArticleFeatures = { ...article, figures: ['mag:5.6'] };
    const event: EventProfile = { terms: { shoot: 1 }, names: [], dates: ['2025-05-02'], size: 1, figures: ['mag:5.9', 'usd:2.6'] };
    assert.equal(features(quake, event).figureConflict, 1);
    assert.equal(features({ ...article, figures: ['mag:5.8'] }, event).figureConflict, 0);
    assert.equal(features(article, event).figureConflict, 0);
    // A profile stored before figures were kept has none.
    assert.equal(features(quake, { terms: {}, names: [], dates: [], size: 1 }).figureConflict, 0);
  });

  it('should mark a scene far from every scene of the event, and nothing within a city and its suburbs', () => {
    const event: EventProfile = { terms: { shoot: 1 }, names: [], dates: ['2025-05-02'], size: 2, scenes: ['50.0,36.2'] };
    // Odesa against Kharkiv: about 500 km.
    assert.equal(features({ ...article, scene: '46.5,30.7' }, event).sceneConflict, 1);
    assert.equal(features({ ...article, scene: '50.1,36.3' }, event).sceneConflict, 0);
    assert.equal(features({ ...article, scene: '46.5,30.7' }, { ...event, scenes: ['50.0,36.2', '46.4,30.7'] }).sceneConflict, 0);
    assert.equal(features(article, event).sceneConflict, 0);
  });

  it('should rule out a pair weeks apart whose only person in common is named by one word', () => {
    // Two pages of one station's site, a month apart: a shooting and another shooting in the same city,
    // both carrying the menu's "Philly" read as a person.
    const later: ArticleFeatures = { ...article, names: ['l:springfield', 'p:philly', 'p:jordan vance'], date: '2025-06-10' };
    const earlier: EventProfile = { terms: { shoot: 2, bar: 1 }, names: ['l:springfield', 'p:philly', 'p:maria ocampo'], dates: ['2025-05-02'], size: 2 };
    const x = pairFeatures(later, articleVector(later, stats), earlier, stats);
    assert.equal(x[PAIR_FEATURES.indexOf('lateOneWord')], 1);
    assert.equal(ruledOut(x), true);
    // The suspect's full name ties a charge weeks on to its shooting, whatever one-word names come with it.
    const charged: ArticleFeatures = { ...later, names: ['l:springfield', 'p:philly', 'p:maria ocampo'] };
    const y = pairFeatures(charged, articleVector(charged, stats), earlier, stats);
    assert.equal(y[PAIR_FEATURES.indexOf('lateOneWord')], 0);
    assert.equal(ruledOut(y), false);
    // Within six days a one-word name rules nothing out: the date says enough.
    const near: ArticleFeatures = { ...later, date: '2025-05-04' };
    assert.equal(ruledOut(pairFeatures(near, articleVector(near, stats), earlier, stats)), false);
  });
});
