import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countedBackEvents } from './counted-back.js';
import { splitSentences } from './sentences.js';
import { findTimexes, referenceFrom } from './timex.js';

/** The earlier events a text published on Sunday 15 March 2026 counts back to from its own day. */
function countedBack(body: string, ownDay: string): string[] {
  const sentences = splitSentences(body);
  return countedBackEvents(body, sentences, findTimexes(body, sentences, referenceFrom('2026-03-15T12:00:00Z')), ownDay).map((e) => `${e.date} ${e.clause}`);
}

describe('countedBackEvents', () => {
  it('should count back "a day after" a state\'s act from a statement of the sentence\'s own day', () => {
    assert.deepEqual(countedBack('Canada, Chile and Norway on Saturday issued a joint statement deploring the tests, a day after Russia vetoed a UN Security Council draft.', '2026-03-14'), ['2026-03-13 Russia vetoed a UN Security Council draft']);
    assert.deepEqual(countedBack('Seoul imposed sanctions on six North Koreans on Monday, three days after a Security Council vote on a draft resolution.', '2026-03-09'), ['2026-03-06 a Security Council vote on a draft resolution']);
    assert.deepEqual(countedBack('North Korea fired a cruise missile on Saturday, four days after it launched a ballistic missile.', '2026-03-14'), ['2026-03-10 it launched a ballistic missile']);
  });

  it('should leave a span that follows no act of the sentence\'s own, or that is not its own day', () => {
    assert.deepEqual(countedBack('Diplomats met in New York on Saturday, a day after Russia vetoed a UN Security Council resolution.', '2026-03-14'), []);
    assert.deepEqual(countedBack('Japan condemned the launch on Saturday, a day after Russia vetoed a resolution.', '2026-03-12'), []);
  });
});
