import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tollRoseOn } from './toll-rise-day.js';
import { chooseEventDate } from './event-date.js';
import { splitSentences } from './sentences.js';
import { findTimexes, referenceFrom } from './timex.js';

describe('tollRoseOn', () => {
  it("should read a day right after a toll's rise to a figure, and not a day of the event or of a telling", () => {
    assert.equal(tollRoseOn('The death toll from the crash of flight 77 rose to 20 on '), true);
    assert.equal(tollRoseOn('The number of dead reached 20 late on '), true);
    assert.equal(tollRoseOn('Nineteen people were killed when a turboprop crashed into the sea on '), false);
    assert.equal(tollRoseOn('The toll rose to 20, the coast guard said on '), false);
  });

  it("should date a report of the toll's rise by the crash's day it gives, not by the day the toll rose", () => {
    // Published on Wednesday 2031-06-11: the toll rose on Wednesday, the crash on Tuesday.
    const body = 'The death toll from the crash of Brava Air flight 77 rose to 20 on Wednesday after an injured passenger died in hospital, officials said.\n\nThe turboprop plunged into the sea off Cape Brava on Tuesday.';
    const sentences = splitSentences(body);
    const reference = referenceFrom('2031-06-11T15:00:00Z');
    assert.equal(chooseEventDate(body, sentences, findTimexes(body, sentences, reference), reference)?.value, '2031-06-10');
  });
});
