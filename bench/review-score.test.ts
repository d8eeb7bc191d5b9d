import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scoreReviewSet, tollRight, type SystemEvent, type SystemRun } from './review-score.js';
import type { ReviewTruth, TruthEvent } from './review-set.js';

const close = (actual: number, expected: number): void => assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} != ${expected}`);

function truthEvent(fields: Partial<TruthEvent>): TruthEvent {
  return { title: 'an event', date: null, place: null, country: null, killed: null, injured: null, participants: [], discrepancies: [], refersTo: [], ...fields };
}

function systemEvent(id: string, fields: Partial<SystemEvent> = {}): SystemEvent {
  return { id, title: id, date: null, place: null, country: null, killed: null, injured: null, linkedTo: [], ...fields };
}

function run(eventOf: Record<string, string | null>, events: SystemEvent[], entityEvents: Record<string, string[]> = {}, refused: string[] = []): SystemRun {
  return {
    eventOf: new Map(Object.entries(eventOf)),
    refused,
    events: new Map(events.map((e) => [e.id, e])),
    entityEvents: new Map(Object.entries(entityEvents).map(([name, ids]) => [name, new Set(ids)])),
  };
}

// A quarry collapse (E1), the inquiry into it a week later that recalls it (E2), a ferry fire that no
// report put in an event (E3), a bridge reopening (E4), and an explainer on quarry permits (E0).
const truth: ReviewTruth = {
  subject: 'invented: a quarry collapse at Vale Norte and what followed',
  articles: { 'a1.txt': 'E1', 'a2.html': 'E1', 'a3.txt': 'E1', 'a4.txt': 'E2', 'a5.html': 'E2', 'a6.txt': 'E0', 'a7.txt': 'E3', 'a8.txt': 'E4' },
  events: {
    E1: truthEvent({ title: 'Quarry wall collapses', date: '2027-02-02', place: 'Vale Norte', country: 'PT', killed: 2, injured: 5, participants: [{ name: 'Ana Vidal', role: 'mayor', country: 'PT' }] }),
    E2: truthEvent({ title: 'Inquiry opened', place: 'Lisbon', country: 'PT', participants: [{ name: 'Rui Costa', role: 'minister', country: 'PT' }, { name: 'Lena Bras', role: 'inspector', country: 'PT' }], refersTo: ['E1'] }),
    E3: truthEvent({ title: 'Ferry fire', date: '2027-02-04', country: 'PT' }),
    E4: truthEvent({ title: 'Bridge reopens', date: '2027-02-09', killed: 0 }),
  },
};

describe('scoreReviewSet', () => {
  const system = run(
    { 'a1.txt': 'X', 'a2.html': 'X', 'a3.txt': 'Y', 'a4.txt': 'Y', 'a5.html': 'Y', 'a6.txt': 'Z', 'a7.txt': null, 'a8.txt': 'W' },
    [
      systemEvent('X', { date: '2027-02-02', place: 'Vale-Norte', country: 'PT', killed: 2, injured: null }),
      systemEvent('Y', { date: '2027-02-09', place: 'Lisbon', country: 'ES', killed: 0, linkedTo: ['X', 'W'] }),
      systemEvent('Z'),
      systemEvent('W', { date: '2027-02-09', killed: null }),
    ],
    { 'Ana Vidal': ['X'], 'Rui Costa': ['X'], 'Lena Bras': ['Y'] },
  );
  const s = scoreReviewSet('hand', 'forward', truth, system);
  const event = (id: string) => s.events.find((e) => e.truthId === id)!;

  it('should score the partition by hand, an explainer and an eventless report each a cluster of its own', () => {
    // Predicted {a1 a2} {a3 a4 a5} {a6} {a7} {a8}; gold {a1 a2 a3} {a4 a5} {a6} {a7} {a8}.
    // B-cubed precision: 1, 1, 1/3, 2/3, 2/3, 1, 1, 1 = 20/3 over 8; recall: 2/3, 2/3, 1/3, 1, 1, 1, 1, 1 = 20/3 over 8.
    close(s.partition.bcubed.precision, 20 / 24);
    close(s.partition.bcubed.recall, 20 / 24);
    // Pairs predicted a1a2, a3a4, a3a5, a4a5: two right of four; gold pairs a1a2 a1a3 a2a3 a4a5: two found of four.
    close(s.partition.pairwise.f1, 0.5);
    assert.deepEqual([s.reports, s.truthEvents, s.systemEvents], [8, 4, 4]);
  });

  it('should match each truth event to the event holding most of its reports, and count exact ones', () => {
    assert.deepEqual(s.events.map((e) => [e.truthId, e.eventId, e.held, e.eventSize, e.exact]), [
      ['E1', 'X', 2, 2, false],
      ['E2', 'Y', 2, 3, false],
      ['E3', null, 0, 0, false],
      ['E4', 'W', 1, 1, true],
    ]);
    assert.equal(s.exact, 1);
  });

  it('should score the matched record field by field, leaving out what the truth leaves null', () => {
    // E1: place matched as GVA's cities are (a hyphen for a space); the injured figure missing is wrong.
    assert.deepEqual([event('E1').date, event('E1').place, event('E1').country, event('E1').killed, event('E1').injured], [true, true, true, true, false]);
    // E2 has no truth date: not scored; its country is wrong; no toll told, and 0 killed is no toll.
    assert.deepEqual([event('E2').date, event('E2').place, event('E2').country, event('E2').killed, event('E2').injured], [null, true, false, true, true]);
    // E3 is in no event: every field it has a truth for is wrong, the tolls too.
    assert.deepEqual([event('E3').date, event('E3').place, event('E3').country, event('E3').killed, event('E3').injured], [false, null, false, false, false]);
    // E4: a truth of 0 killed, and a record with no figure.
    assert.equal(event('E4').killed, true);
    assert.deepEqual([s.date, s.place, s.country, s.killed, s.injured], [
      { right: 2, of: 3 },
      { right: 2, of: 2 },
      { right: 1, of: 3 },
      { right: 3, of: 4 },
      { right: 2, of: 4 },
    ]);
  });

  it('should count a participant found only where the entity search returns the matched event', () => {
    assert.deepEqual(event('E2').participants, { right: 1, of: 2 });
    assert.deepEqual(event('E2').missingParticipants, ['Rui Costa']);
    assert.deepEqual(s.participants, { right: 2, of: 3 });
  });

  it('should count a link to the event matched to the earlier event, and a link to another truth event as wrong', () => {
    assert.deepEqual(event('E2').links, { right: 1, of: 1 });
    assert.equal(event('E2').wrongLinks, 1);
    assert.deepEqual([s.links, s.wrongLinks], [{ right: 1, of: 1 }, 1]);
  });

  it('should count an explainer alone in an event as a fault, and list reports stored with no event', () => {
    assert.deepEqual([s.explainers, s.explainerOwnEvents, s.explainerJoined], [1, 1, 0]);
    assert.deepEqual(s.eventless, ['a7.txt']);
    assert.deepEqual(s.refused, []);
  });

  it('should break a tie by the first report in file-name order, and count no link when the earlier event is merged in', () => {
    const merged = run(
      { 'a1.txt': 'P', 'a2.html': 'Q', 'a3.txt': 'Q', 'a4.txt': 'Q', 'a5.html': 'P', 'a6.txt': 'Q', 'a7.txt': null, 'a8.txt': null },
      [systemEvent('P', { linkedTo: ['P'] }), systemEvent('Q', { linkedTo: ['Q'] })],
      {},
      ['a8.txt'],
    );
    const m = scoreReviewSet('hand', 'reverse', truth, merged);
    // E1: two reports in Q, one in P: Q. E2: one in each, a4 in Q first by name: Q, which holds E1 too.
    assert.deepEqual(m.events.map((e) => e.eventId), ['Q', 'Q', null, null]);
    assert.deepEqual(m.links, { right: 0, of: 1 });
    // The explainer sits in Q with other reports: joined, not alone. a8 was refused, a7 stored with no event.
    assert.deepEqual([m.explainerOwnEvents, m.explainerJoined], [0, 1]);
    assert.deepEqual([m.eventless, m.refused], [['a7.txt'], ['a8.txt']]);
  });
});

describe('tollRight', () => {
  it('should take a missing figure as none, and none or 0 for a truth that tells no toll', () => {
    assert.deepEqual([tollRight(null, null), tollRight(0, null), tollRight(3, null)], [true, true, false]);
    assert.deepEqual([tollRight(null, 0), tollRight(0, 0), tollRight(1, 0)], [true, true, false]);
    assert.deepEqual([tollRight(4, 4), tollRight(5, 4), tollRight(null, 4)], [true, false, false]);
  });
});
