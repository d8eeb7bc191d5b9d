import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { afterCondition, EVENT_ORDER, orderBy } from './feed-order.js';
import { SqlParams } from './sql-params.js';

describe('PostgreSQL feed orders', () => {
  it('should put undated events last whichever way the date runs', () => {
    assert.equal(orderBy(EVENT_ORDER['date-desc']), 'e.date DESC NULLS LAST, e.id');
    assert.equal(orderBy(EVENT_ORDER['date-asc']), 'e.date NULLS LAST, e.id');
  });

  it('should page after a dated position into the undated events, and after an undated one among them only', () => {
    const params = new SqlParams();
    assert.equal(afterCondition(EVENT_ORDER['date-desc'], ['2025-03-01', 'evt_1'], params), '(e.date < $1 OR e.date IS NULL OR (e.date = $2 AND (e.id > $3)))');
    assert.deepEqual(params.values, ['2025-03-01', '2025-03-01', 'evt_1']);
    const undated = new SqlParams();
    assert.equal(afterCondition(EVENT_ORDER['date-desc'], [null, 'evt_2'], undated), '((e.date IS NULL AND (e.id > $1)))');
    assert.throws(() => afterCondition(EVENT_ORDER.updated, ['x'], new SqlParams()), /2 values/);
  });
});
