import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from './sentences.js';
import { findTimexes, referenceFrom } from './timex.js';
import { namesTellingDay } from './timex-telling.js';

/** Readings on a page published on Thursday 9 March 2023. */
function read(text: string): string[] {
  return findTimexes(text, splitSentences(text), referenceFrom('2023-03-09')).map((t) => `${t.text}=${t.value}`);
}

const before = (text: string, day: string): boolean => namesTellingDay(text, text.indexOf(day), text.indexOf(day) + day.length);

describe('a day named as when something was told', () => {
  it('should be the day after a verb of saying, or after "told" and its hearers', () => {
    assert.equal(before('The sheriff said Tuesday that the deputy was hurt.', 'Tuesday'), true);
    assert.equal(before('The mayor confirmed Monday that the park would close.', 'Monday'), true);
    assert.equal(before('A spokeswoman told a news conference Friday morning that three were detained.', 'Friday'), true);
    assert.equal(before('The department announced late on Wednesday that the boy had died.', 'Wednesday'), true);
  });

  it('should not be a day the words after the verb say something happened on', () => {
    assert.equal(before('Police said the woman died Thursday morning.', 'Thursday'), false);
    assert.equal(before('The fire broke out Sunday in a barn.', 'Sunday'), false);
    assert.equal(before('Neighbours told police the man was shot Friday.', 'Friday'), false);
  });
});

describe('a day named for a step of the case', () => {
  it('should be a news conference\'s, a hearing\'s or the charges\' day', () => {
    assert.equal(before('His mother spoke at the bond hearing Friday.', 'Friday'), true);
    assert.equal(before("At Tuesday's news conference, the sheriff asked for help.", 'Tuesday'), true);
    assert.equal(before("A long inquiry led to Friday's charges.", 'Friday'), true);
  });

  it("should not be a day of the events", () => {
    assert.equal(before("Friday's shooting left two dead.", 'Friday'), false);
    assert.equal(before('The hearing was moved after the fire Friday.', 'Friday'), false);
  });
});

describe('"that night" after a day named as when something was told', () => {
  it('should go back to the night of the events', () => {
    assert.deepEqual(read('Three men were shot on Monday night in Elm Street. The youngest died, police announced late on Wednesday. Two others hurt that night drove themselves to hospital.'), [
      'Monday night=2023-03-06TNI',
      'Wednesday=2023-03-08',
      'that night=2023-03-06TNI',
    ]);
    assert.deepEqual(read('The fire broke out on Feb. 26. The chief said Tuesday that something set it off that day.'), ['Feb. 26=2023-02-26', 'Tuesday=2023-03-07', 'that day=2023-02-26']);
  });

  it('should go on from the day just named after "later", and keep a told day where none was named before', () => {
    assert.deepEqual(read('The fire broke out on Feb. 26. The chief said Tuesday that the owner was held later that day.'), ['Feb. 26=2023-02-26', 'Tuesday=2023-03-07', 'that day=2023-03-07']);
    assert.deepEqual(read('The chief said Tuesday that no one was hurt that night.'), ['Tuesday=2023-03-07', 'that night=2023-03-07TNI']);
  });
});
