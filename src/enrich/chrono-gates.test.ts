import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as chrono from 'chrono-node';
import { parseDates, parsersLackingIn, ungatedParsers } from './chrono-gates.js';

const REFERENCE = new Date(2015, 5, 1, 12);
const SENTENCES = [
  'The market fell on Monday after the central bank spoke.',
  'Police said the shooting happened at about 11:45 p.m. on Dec. 3 last year.',
  'She arrived two weeks ago and will leave in a few days, by the end of the month.',
  'The FIRST QUARTER of 2014 was weaker than March 2013, officials said yesterday.',
  'Nobody said anything about it at all, and the crowd went home.',
  'The vote is next week; results come out three days later, from 9/29 to 10/2.',
  'A TONIGHT special and an early-morning raid left 12 people hurt.',
];

function readings(results: readonly chrono.ParsedResult[]): unknown[] {
  return results.map((r) => [r.index, r.text, r.start.date().getTime(), r.end?.date().getTime() ?? null]);
}

describe('parseDates', () => {
  it('should give what chrono-node gives, with or without date words in the text', () => {
    for (const text of SENTENCES) assert.deepEqual(readings(parseDates(text, REFERENCE, { forwardDate: false })), readings(chrono.parse(text, REFERENCE, { forwardDate: false })), text);
  });

  it('should find nothing in a text none of whose words a date needs', () => {
    assert.deepEqual(parseDates('Nobody said anything about it at all.', REFERENCE), []);
  });

  it('should give what chrono-node gives when told the parsers the whole text lacks the words of', () => {
    const text = SENTENCES.join(' ');
    const lacking = parsersLackingIn(text.toLowerCase());
    for (const sentence of SENTENCES) assert.deepEqual(readings(parseDates(sentence, REFERENCE, { forwardDate: false }, lacking)), readings(chrono.parse(sentence, REFERENCE, { forwardDate: false })), sentence);
  });

  it('should name the parsers a text lacks the words or the digits of', () => {
    const lacking = parsersLackingIn('nobody said anything about it at all.');
    assert.ok(lacking.has('ENWeekdayParser') && lacking.has('ISOFormatParser'));
    assert.ok(!parsersLackingIn('they met on monday.').has('ENWeekdayParser'));
    assert.ok(!parsersLackingIn('at 9 p.m.').has('ENTimeExpressionParser'));
  });

  it('should gate every parser of chrono-node but the one that needs only "in" or "for"', () => {
    assert.deepEqual(ungatedParsers(), ['ENTimeUnitWithinFormatParser']);
  });
});
