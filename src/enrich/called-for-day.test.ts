import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { calledForDay } from './called-for-day.js';
import { tenseOf } from './timex-tense.js';
import { splitSentences } from './sentences.js';
import { findTimexes, referenceFrom } from './timex.js';

describe('calledForDay', () => {
  it('should find a collective act called for a day, with or without who called it', () => {
    assert.equal(calledForDay('asked members to join a boycott called by the bakers for '), true);
    assert.equal(calledForDay('a march planned for '), true);
    assert.equal(calledForDay('the bakers walked out on '), false);
    assert.equal(calledForDay('the boycott was called off on '), false);
  });

  it('should read the day of a called act as ahead, unless a past perfect set it', () => {
    const sentence = 'The guild urged members to join a boycott called by the bakers for Monday.';
    const at = sentence.indexOf('Monday');
    assert.equal(tenseOf(sentence, at, at + 6), true);
    const gone = 'The guild had joined a boycott called by the bakers for Monday.';
    const goneAt = gone.indexOf('Monday');
    assert.equal(tenseOf(gone, goneAt, goneAt + 6), false);
  });

  it('should resolve the weekday of a called act to the coming one', () => {
    // Published on Tuesday 2027-04-06: the coming Friday is the 9th, the last one the 2nd.
    const body = 'Tenants blocked the road to the depot on Monday. Their leader urged neighbours to join a rent strike called by the housing union for Friday.';
    const sentences = splitSentences(body);
    const friday = findTimexes(body, sentences, referenceFrom('2027-04-06T10:00:00Z')).find((t) => t.text === 'Friday');
    assert.equal(friday?.value, '2027-04-09');
  });
});
