import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PlaceMention } from '../model/types.js';
import { boroughOfNewYork } from './nyc-borough.js';

const nyc: PlaceMention = { name: 'New York City', country: 'US', lat: 40.71, lon: -74.01, text: 'NEW YORK', start: 0 };

describe('boroughOfNewYork', () => {
  it('should name the one borough the text gives for a New York City place', () => {
    const queens = boroughOfNewYork(nyc, 'NEW YORK — Two men were shot outside a bar in Long Island City, Queens, early Sunday.');
    assert.equal(queens?.name, 'Queens');
    assert.equal(queens?.start, 0);
    assert.equal(Math.round(queens!.lat!), 41);
    assert.equal(boroughOfNewYork(nyc, 'A teenager was shot on a stoop in the Bronx on Friday night.')?.name, 'Bronx');
  });

  it('should keep the city where the text names no borough, two of them, or only a road or a team named after one', () => {
    assert.equal(boroughOfNewYork(nyc, 'A man was shot in Midtown Manhattan on Monday.')?.name, 'New York City');
    assert.equal(boroughOfNewYork(nyc, 'A man shot in Brooklyn was taken to a hospital in Queens.')?.name, 'New York City');
    assert.equal(boroughOfNewYork(nyc, 'A man was shot on a walkway of the Brooklyn Bridge on Monday, police said.')?.name, 'New York City');
  });

  it('should leave other places alone', () => {
    const buffalo: PlaceMention = { name: 'Buffalo', country: 'US', lat: 42.89, lon: -78.88, text: 'Buffalo', start: 5 };
    assert.equal(boroughOfNewYork(buffalo, 'A man from Brooklyn was shot in Buffalo.'), buffalo);
    assert.equal(boroughOfNewYork(null, 'Brooklyn'), null);
  });
});

describe('boroughOfNewYork: an appeal of a case tried in a borough', () => {
  it('should keep the city of the appeals court where the borough is only where the fraud was tried', () => {
    const appeal = 'The Second Circuit on Tuesday upheld the fraud conviction of an exchange founder, whom a Brooklyn jury convicted last year.';
    assert.equal(boroughOfNewYork(nyc, appeal)?.name, 'New York City');
  });
  it('should still name the borough of a fraud trial that is no appeal', () => {
    assert.equal(boroughOfNewYork(nyc, 'A Brooklyn jury on Tuesday convicted an exchange founder of fraud.')?.name, 'Brooklyn');
  });
});
