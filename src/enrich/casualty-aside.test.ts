import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { blankMonthTolls } from './casualty-aside.js';

describe('blankMonthTolls', () => {
  it("should blank a clause with a month's toll and keep the rest, offsets kept", () => {
    const text = 'A man was wounded Friday. Eleven people were killed in March, police said. He is stable.';
    const out = blankMonthTolls(text);
    assert.equal(out.length, text.length);
    assert.ok(out.includes('A man was wounded Friday.'));
    assert.ok(out.includes('He is stable.'));
    assert.ok(!out.includes('Eleven'));
  });
});
