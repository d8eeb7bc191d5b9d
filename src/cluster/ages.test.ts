import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { articleFeatures, buildProfile } from './features.js';
import { agesConflict, leadAges } from './ages.js';
import { PAIR_FEATURES, articleVector, pairFeatures } from './pair-features.js';

describe('leadAges', () => {
  it('should read ages as local crime reports write them', () => {
    assert.deepEqual(leadAges('Teen, 17, shot near park', 'Medics treated a 24-year-old driver and his passenger, a 19 year old student.'), [17, 19, 24]);
    assert.deepEqual(leadAges('', 'Police named the victim as Dorian Pace, 31, of Millbrook. A second man, aged 45, was treated.'), [31, 45]);
    assert.deepEqual(leadAges('', 'The boy, who was 9 years old, survived.'), [9]);
  });

  it('should read no age from dates, counts or times', () => {
    assert.deepEqual(leadAges('Shooting on Friday, 12, injures none', 'On March 5, 2015, at 10:30 p.m., gunfire hit three people on the 400 block of Elm Street.'), []);
    assert.deepEqual(leadAges('', 'A 6-month-old puppy was found unharmed.'), []);
  });

  it('should read the lead only, not a sidebar further down the page', () => {
    const body = `Two people were wounded on Monday night. ${'The police are asking for help. '.repeat(50)}Related: a 52-year-old cyclist died in a crash in April.`;
    assert.deepEqual(leadAges('', body), []);
  });
});

describe('agesConflict', () => {
  it('should set apart two reports whose people are of other ages', () => {
    assert.equal(agesConflict([23], [41, 44]), true);
  });

  it('should keep reports a year apart, and sides that give no age', () => {
    assert.equal(agesConflict([22], [23]), false);
    assert.equal(agesConflict([19, 35], [35]), false);
    assert.equal(agesConflict([], [35]), false);
    assert.equal(agesConflict([35], []), false);
  });
});

describe('ageConflict pair feature', () => {
  const first = enrichedArticle(
    'Outside a laundromat on Birch Avenue in Fairhaven on Friday night, a 34-year-old woman took a bullet in the leg, police said. Her condition is stable.',
    { title: 'Woman shot outside Fairhaven laundromat', publishedAt: '2024-05-11T10:00:00Z' },
  );
  const same = enrichedArticle(
    'Detectives have yet to find whoever wounded a 34-year-old woman outside a laundromat in Fairhaven on Friday. She is expected to recover.',
    { title: 'No arrest in Fairhaven laundromat shooting', publishedAt: '2024-05-12T10:00:00Z' },
  );
  const other = enrichedArticle(
    'Outside a laundromat in Fairhaven on Saturday night, a 16-year-old boy took a bullet in the arm, police said. His condition is stable.',
    { title: 'Teen shot outside Fairhaven laundromat', publishedAt: '2024-05-12T10:00:00Z' },
  );
  const index = PAIR_FEATURES.indexOf('ageConflict');
  const score = (article: typeof first) => {
    const features = articleFeatures(article);
    const profile = buildProfile([articleFeatures(first)]);
    const stats = { documents: 10, df: new Map<string, number>() };
    return pairFeatures(features, articleVector(features, stats), profile, stats)[index];
  };

  it('should fire for a report of another victim, and not for another report of the same one', () => {
    assert.deepEqual(buildProfile([articleFeatures(first)]).ages, [34]);
    assert.equal(score(other), 1);
    assert.equal(score(same), 0);
  });
});
