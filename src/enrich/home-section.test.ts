import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PlaceMention } from '../model/types.js';
import { cityOf, mentionOf } from '../../test/places.js';
import { sectionOfHomeCity } from './home-section.js';
import { enrichedArticle } from '../../test/articles.js';

const mention = (name: string, admin1: string): PlaceMention => mentionOf(name, admin1, 30);

describe('sectionOfHomeCity', () => {
  it("should read a post office town by a large home city as that city's section", () => {
    const boston = cityOf('Boston', 'MA');
    const p = sectionOfHomeCity(mention('Dorchester', 'MA'), boston);
    assert.equal(p?.name, 'Boston');
    assert.equal(p?.text, 'Dorchester');
    assert.equal(p?.start, 30);
    assert.equal(p?.inferred, undefined);
    assert.ok(p && p.lat !== null && Math.abs(p.lat - boston.lat) < 0.01);
    assert.equal(sectionOfHomeCity(mention('Roxbury', 'MA'), boston)?.name, 'Boston');
  });

  it("should read a section the gazetteer places in the home city as that city, and not one of another city", () => {
    const lawndale = mention('North Lawndale', 'IL');
    assert.equal(sectionOfHomeCity(lawndale, cityOf('Chicago', 'IL'))?.name, 'Chicago');
    assert.equal(sectionOfHomeCity(lawndale, cityOf('Milwaukee', 'WI'))?.name, 'North Lawndale');
  });

  it('should leave alone a town with its own people counted, a far post office town, a small home city and a guess', () => {
    const boston = cityOf('Boston', 'MA');
    // Cambridge: a city of its own beside Boston.
    assert.equal(sectionOfHomeCity(mention('Cambridge', 'MA'), boston)?.name, 'Cambridge');
    // Roxbury, Pennsylvania: a post office town, but far from Boston.
    assert.equal(sectionOfHomeCity(mention('Roxbury', 'PA'), boston)?.name, 'Roxbury');
    // A home city too small to have sections news names alone.
    const small = { ...boston, population: 50_000 };
    assert.equal(sectionOfHomeCity(mention('Dorchester', 'MA'), small)?.name, 'Dorchester');
    assert.equal(sectionOfHomeCity({ ...mention('Dorchester', 'MA'), inferred: true }, boston)?.name, 'Dorchester');
    assert.equal(sectionOfHomeCity(mention('Dorchester', 'MA'), null)?.name, 'Dorchester');
    assert.equal(sectionOfHomeCity(null, boston), null);
  });

  it("should place a story of a Boston station that names only a section of the city in Boston", () => {
    const a = enrichedArticle('Two men were wounded late Sunday on Elm Street in Dorchester, police said.', { title: 'Two wounded in Dorchester', url: 'https://www.wcvb.com/news/two-wounded/1', publishedAt: '2026-11-20T09:00:00Z' });
    assert.equal(a.place?.name, 'Boston');
    assert.equal(a.place?.text, 'Dorchester');
  });

  it("should read a neighbourhood of the home city named like a town elsewhere as the home city, unless the text places that town", () => {
    const pittsburgh = cityOf('Pittsburgh', 'PA');
    assert.equal(sectionOfHomeCity(mention('Mount Washington', 'KY'), pittsburgh, 'A girl was wounded inside a Mount Washington house.')?.name, 'Pittsburgh');
    assert.equal(sectionOfHomeCity(mention('Mount Washington', 'KY'), pittsburgh, 'A girl was shot inside a home in Mount Washington, Kentucky.')?.name, 'Mount Washington');
    // In the home city's state, a namesake far off (Washington Park by East St. Louis) for Chicago's.
    assert.equal(sectionOfHomeCity(mention('Washington Park', 'IL'), cityOf('Chicago', 'IL'), 'Two men were shot at a Washington Park gas station.')?.name, 'Chicago');
    const a = enrichedArticle('A man was shot in Frayser on Tuesday night, police said.', { title: 'Man shot in Frayser', url: 'https://www.wmcactionnews5.com/story/1', publishedAt: '2026-11-20T09:00:00Z' });
    assert.equal(a.place?.name, 'Memphis');
  });
});
