import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withoutTallies } from './casualty-tally.js';

describe('withoutTallies', () => {
  it("should blank a sentence tallying the city's year and keep the event's, offsets kept", () => {
    const text = 'Two men were shot on Oak Street. More than 300 people have been shot in the city so far this year.';
    const out = withoutTallies(text);
    assert.equal(out.length, text.length);
    assert.ok(out.startsWith('Two men were shot on Oak Street.'));
    assert.ok(!out.includes('300'));
  });

  it("should keep a sentence that ranks the event in the tally (\"the city's third homicide this year\")", () => {
    const text = "The killing was the city's third homicide this year.";
    assert.equal(withoutTallies(text), text);
  });
});
