import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { namesAPresidency, namesARoad } from './not-a-town.js';
import { enrichedArticle } from '../../test/articles.js';

const placeOf = (text: string) => enrichedArticle(text, { title: 'Report', outlet: 'Wire', publishedAt: '2026-11-20T09:00:00Z' }).place;

describe('namesAPresidency', () => {
  it("should read a surname before 'administration' or 'presidency' as a time in office, not a town", () => {
    const body = 'The rule was written under the Lincoln administration and kept through the Clinton presidency.';
    assert.ok(namesAPresidency(body, body.indexOf('Lincoln')));
    assert.ok(namesAPresidency(body, body.indexOf('Clinton')));
  });

  it("should leave a town's administration building, and a county's administration, as places", () => {
    const body = 'Voters lined up at the Lincoln administration building and the Lincoln County administration offices.';
    assert.ok(!namesAPresidency(body, body.indexOf('Lincoln')));
    assert.ok(!namesAPresidency(body, body.lastIndexOf('Lincoln')));
  });

  it('should not place a story in a town named by a presidency', () => {
    assert.equal(placeOf('The policy was introduced by the Lincoln administration, historians said, and lasted for decades.'), null);
  });
});

describe('namesARoad', () => {
  it('should read a numbered road, or a street word after a number, as no town', () => {
    const body = 'He was driving on Route 52 near Interstate 805 and turned onto 97th Avenue and 5 Street.';
    for (const word of ['Route', 'Interstate', 'Avenue', 'Street']) assert.ok(namesARoad(body, body.indexOf(word)), word);
  });

  it('should leave a town of the same word, and a street named by a town, alone', () => {
    const body = 'Avenue, a village in Maryland, sits on Leonardtown Road.';
    assert.ok(!namesARoad(body, body.indexOf('Avenue')));
    assert.ok(!namesARoad(body, body.indexOf('Road')));
  });

  it('should not place a story on a road or a street', () => {
    assert.notEqual(placeOf('Raj Chohan was walking alongside parked cars on 117th Street and 97th Avenue at about 7 p.m. when she was struck by a car.')?.name, 'Avenue');
    assert.notEqual(placeOf('Jackson, 25, was driving east on state Route 52 near Interstate 805 just after 2:30 a.m. when he was pulled over.')?.name, 'Interstate');
  });
});
