import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { namesTellingDay } from './timex-telling.js';

const before = (text: string, day: string): boolean => namesTellingDay(text, text.indexOf(day));

describe('a day named as when something was told', () => {
  it('should be the day after a verb of saying, or after "told" and its hearers', () => {
    assert.equal(before('The sheriff said Tuesday that the deputy was hurt.', 'Tuesday'), true);
    assert.equal(before('The mayor confirmed Monday that the park would close.', 'Monday'), true);
    assert.equal(before('A spokesman told a news conference Friday afternoon that two were held.', 'Friday'), true);
    assert.equal(before('The department announced late on Wednesday that the boy had died.', 'Wednesday'), true);
  });

  it('should not be a day the words after the verb say something happened on', () => {
    assert.equal(before('Police said the woman died Thursday morning.', 'Thursday'), false);
    assert.equal(before('The fire broke out Sunday in a barn.', 'Sunday'), false);
    assert.equal(before('Neighbours told police the man was shot Friday.', 'Friday'), false);
  });
});
