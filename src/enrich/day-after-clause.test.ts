import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Timex } from '../model/types.js';
import { dayOfAfterClause } from './day-after-clause.js';

/** Two days of one sentence, the first at `first` and the second at `second` (their texts found in `body`). */
function days(body: string, first: [string, string], second: [string, string]): Timex[] {
  const a = body.indexOf(first[0]);
  const b = body.indexOf(second[0], a + first[0].length);
  return [
    { text: first[0], value: first[1], type: 'DATE', start: a, end: a + first[0].length, anchoring: 'inferred' },
    { text: second[0], value: second[1], type: 'DATE', start: b, end: b + second[0].length, anchoring: 'inferred' },
  ];
}

describe('dayOfAfterClause', () => {
  it('should take the day in a "<span> after" clause, that span before the day named first, as the earlier thing\'s', () => {
    const body = 'Rioters burned a depot on Friday, two days after the mayor warned on Wednesday of unrest.';
    assert.equal(dayOfAfterClause(body, days(body, ['Friday', '2026-05-08'], ['Wednesday', '2026-05-06']), 1, 0), true);
  });
  it('should leave a day the span does not reach, and one told without a span after', () => {
    const body = 'Rioters burned a depot on Friday, a day after the mayor warned on Tuesday of unrest.';
    assert.equal(dayOfAfterClause(body, days(body, ['Friday', '2026-05-08'], ['Tuesday', '2026-05-05']), 1, 0), false);
    const plain = 'Rioters burned a depot on Friday and the mayor spoke on Thursday.';
    assert.equal(dayOfAfterClause(plain, days(plain, ['Friday', '2026-05-08'], ['Thursday', '2026-05-07']), 1, 0), false);
  });
});
