import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { NewsEvent } from '../src/model/types.js';
import type { ClusterItem, GoldIncident } from './cluster-data.js';
import { cityMatches, scoreRecords } from './cluster-records.js';

const item = (id: string, gold: string | null): ClusterItem => ({ id, title: null, text: 'x', publishedAt: null, url: null, gold });

function event(id: string, fields: Partial<NewsEvent>): NewsEvent {
  return { id, title: '', date: null, dateAnchoring: null, dateEvidence: null, location: null, participants: [], facts: [], discrepancies: [], summary: '', related: [], casualties: null, themes: [], articles: [], outlets: 1, updatedAt: '', ...fields };
}

describe('cityMatches', () => {
  it('should accept either name of a place with a neighbourhood, and a county only as a county', () => {
    assert.ok(cityMatches('Homewood', 'Pittsburgh (Homewood)'));
    // One city's name with or without its hyphen.
    assert.ok(cityMatches('Winston-Salem', 'Winston Salem'));
    assert.ok(cityMatches('pittsburgh', 'Pittsburgh (Homewood)'));
    assert.ok(cityMatches('St. Louis', 'Saint Louis'));
    assert.ok(cityMatches('Upper Deerfield Township', 'Bridgeton (Upper Deerfield Twp)'));
    assert.ok(cityMatches('Mount Holly', 'Mt. Holly'));
    assert.ok(cityMatches('Fort Wayne', 'Ft Wayne'));
    assert.ok(cityMatches('Lunenburg County', 'Lunenburg County (county)'));
    assert.ok(!cityMatches('county', 'Lunenburg County (county)'));
    assert.ok(cityMatches('Lubbock County', 'Lubbock (county)'));
    assert.ok(!cityMatches('Lunenburg', 'Lunenburg County (county)'));
    assert.ok(!cityMatches('Harris', 'Harris County (county)'));
    assert.ok(!cityMatches('Orleans Parish', 'Orleans County (county)'));
    assert.ok(cityMatches('Tangipahoa Parish', 'Tangipahoa (county)'));
    assert.ok(!cityMatches('Lubbock County', 'Lubbock'));
    assert.ok(!cityMatches('Gwinnett County', 'Snellville'));
    assert.ok(cityMatches('Washington, D.C.', 'Washington'));
    assert.ok(!cityMatches('Washington, D.C.', 'Seattle'));
  });
});

describe('scoreRecords', () => {
  const incidents = new Map<string, GoldIncident>([
    ['i1', { id: 'i1', date: '2016-03-04', state: 'Ohio', city: 'Dayton', killed: 0, injured: 4 }],
    ['i2', { id: 'i2', date: '2016-03-05', state: 'Ohio', city: 'Akron', killed: 2, injured: 2 }],
  ]);

  it('should score each event against the incident of most of its articles', () => {
    // Event A: two articles of i1 and one of i2 -> scored against i1. Event B: one of i2.
    const items = [item('a1', 'i1'), item('a2', 'i2'), item('a3', 'i1'), item('b1', 'i2'), item('c1', 'unknown')];
    const eventOf = new Map([['a1', 'A'], ['a2', 'A'], ['a3', 'A'], ['b1', 'B'], ['c1', 'C']]);
    const events = new Map([
      ['A', event('A', { date: '2016-03-04', location: { name: 'Dayton', country: 'US', lat: null, lon: null }, casualties: { killed: null, injured: 4 } })],
      ['B', event('B', { date: '2016-03-06', casualties: { killed: 2, injured: null } })],
      ['C', event('C', { date: '2016-03-04' })],
    ]);
    const s = scoreRecords(items, eventOf, events, incidents);
    // C has no gold record: not scored.
    assert.equal(s.events, 2);
    assert.equal(s.date, 0.5);
    assert.equal(s.city, 0.5);
    // A: no killed figure reads as 0 = right; B: 2 = right. Injured: A right, B missing (0 != 2).
    assert.equal(s.killed, 1);
    assert.equal(s.injured, 0.5);
    // Only B's incident has deaths (right); both have injured, only A's figure is there.
    assert.equal(s.killedNonZero, 1);
    assert.equal(s.injuredNonZero, 0.5);
  });
});
