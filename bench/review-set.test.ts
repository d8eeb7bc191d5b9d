import assert from 'node:assert/strict';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { parseTruth, reviewSets } from './review-set.js';

const event = { title: 'A dam gate fails', date: '2027-05-01', place: 'Orvale', country: 'PT', killed: 0, injured: 1, participants: [{ name: 'Iris Mota', role: 'engineer', country: 'PT' }], refersTo: [] };

describe('parseTruth', () => {
  it('should read a well-formed truth, an explainer labelled E0', () => {
    const t = parseTruth({ subject: 'a dam', articles: { 'a01.txt': 'E1', 'a02.html': 'E0' }, events: { E1: event } }, 't');
    assert.deepEqual(t.articles, { 'a01.txt': 'E1', 'a02.html': 'E0' });
    assert.deepEqual([t.events.E1!.discrepancies, t.events.E1!.participants[0]!.name], [[], 'Iris Mota']);
  });

  it('should pass over an E0 entry of events, which describes the explainers', () => {
    const t = parseTruth({ subject: 'a dam', articles: { 'a01.txt': 'E1', 'a02.html': 'E0' }, events: { E0: { title: 'explainer', refersTo: ['E1'] }, E1: event } }, 't');
    assert.deepEqual(Object.keys(t.events), ['E1']);
  });

  it('should refuse a report labelled with no such event, a date not YYYY-MM-DD, a link to itself and an event with no report', () => {
    assert.throws(() => parseTruth({ subject: 'x', articles: { 'a01.txt': 'E2' }, events: { E1: event } }, 't'), /names event E2/);
    assert.throws(() => parseTruth({ subject: 'x', articles: { 'a01.txt': 'E1' }, events: { E1: { ...event, date: '1 May 2027' } } }, 't'), /YYYY-MM-DD/);
    assert.throws(() => parseTruth({ subject: 'x', articles: { 'a01.txt': 'E1' }, events: { E1: { ...event, refersTo: ['E1'] } } }, 't'), /no other event/);
    assert.throws(() => parseTruth({ subject: 'x', articles: { 'a01.txt': 'E1' }, events: { E1: event, E2: event } }, 't'), /E2 has no report/);
    assert.throws(() => parseTruth({ subject: 'x', articles: { 'a01.txt': 'E1' }, events: { E1: { ...event, killed: -1 } } }, 't'), /whole number/);
  });
});

describe('the review sets in test/reviews', () => {
  it('should each label every report in its folder and name no report that is missing', () => {
    // dist/bench -> the repository's test/reviews (the texts are not compiled).
    const root = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..', 'test', 'reviews');
    const sets = reviewSets(root);
    assert.ok(sets.some((s) => s.name === 'ux77s'));
    for (const s of sets) assert.equal(s.files.length, Object.keys(s.truth.articles).length, s.name);
  });
});
