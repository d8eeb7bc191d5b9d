import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from './sentences.js';
import { findTimexes, referenceFrom } from './timex.js';
import { CLOCK_PART_RULES } from './timex-clock-part.js';
import { applyRules, type Candidate } from './timex-rules.js';

/** Wednesday 15 October 2025, 9 a.m. */
const MORNING = referenceFrom('2025-10-15T09:00');

function read(text: string): string[] {
  return findTimexes(text, splitSentences(text), MORNING).map((t) => `${t.text}=${t.value}`);
}

/** What the rule alone reads in a sentence, with no date named before it. */
function ruleReads(text: string): string[] {
  const out: Candidate[] = [];
  const context = { reference: { year: 2025, month: 10, day: 15 }, future: () => false, quarter: null, anchor: () => null };
  applyRules(CLOCK_PART_RULES, text, 0, context, 0, out);
  return out.map((t) => `${t.text}=${t.value}`);
}

describe('a clock time with its half of the day written after it', () => {
  it('should set the hour from the part of the day', () => {
    // chrono-node had read "3 o'clock" as 03:00, and "the afternoon" apart.
    assert.deepEqual(read("At about 3 o'clock in the afternoon, the rally began."), ["3 o'clock in the afternoon=2025-10-15T15:00"]);
    assert.deepEqual(read("The ferry left at 9 o'clock in the morning."), ["9 o'clock in the morning=2025-10-15T09:00"]);
    assert.deepEqual(read('The hearing resumed at 10:30 in the morning.'), ['10:30 in the morning=2025-10-15T10:30']);
  });

  it('should read a clock chrono-node did not see at all', () => {
    // Had been the part of the day alone ("the afternoon", "the evening").
    assert.deepEqual(read('The meeting ended at five in the afternoon.'), ['five in the afternoon=2025-10-15T17:00']);
    // An evening time, with no day named, is the evening before a report taken as written by 6 p.m.
    assert.deepEqual(read('Polls closed at 8 in the evening.'), ['8 in the evening=2025-10-14T20:00']);
    assert.deepEqual(read('Shots were heard at 11 at night.'), ['11 at night=2025-10-14T23:00']);
  });

  it('should put the time on the day the story named', () => {
    assert.deepEqual(read('The vote was held on Oct. 3. Polls closed at 8 in the evening.'), ['Oct. 3=2025-10-03', '8 in the evening=2025-10-03T20:00']);
  });

  it('should leave a number that is no clock, and a day written beside the clock, to the other readings', () => {
    // No "at" or "o'clock" before the number: a count, not a time (the rule alone; chrono-node has its own readings).
    assert.deepEqual(ruleReads('Shares fell 4 in the evening session.'), []);
    assert.deepEqual(ruleReads('Shares fell at 4 in the afternoon.'), ['4 in the afternoon=2025-10-15T16:00']);
    // chrono-node reads the day and the clock together; the rule does not take the clock from it.
    assert.deepEqual(read('On Tuesday, at 10:30 in the morning, the vote began.'), ['Tuesday, at 10:30 in the morning=2025-10-14T10:30']);
    // The minutes written before the hour are not read here ("a quarter to 8" is not 20:00).
    assert.ok(!read('He was seen at a quarter to 8 in the evening.').some((t) => t.includes('T20:00')));
  });
});
