import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { namePatterns, rankedWithNames } from './name-condition.js';

describe('namePatterns', () => {
  it('should give no patterns for a search with no name words', () => {
    assert.equal(namePatterns([]), null);
  });

  it('should bar the endings of common words after a name that has some, and only then', () => {
    const [carrie, thies] = namePatterns(['carrie', 'thies'])!;
    assert.ok(carrie!.startsWith('(?i)(^|[^[:alnum:]])carrie(?!(?:'), carrie);
    assert.ok(carrie!.includes('|d|') || carrie!.includes('(?:d|'), carrie);
    assert.equal(thies, '(?i)(^|[^[:alnum:]])thies');
  });

  it('should take a capitalised name as written with a capital or in capitals, not in lower case', () => {
    assert.deepEqual(namePatterns(['Gates']), ['(^|[^[:alnum:]])(Gates|GATES)']);
  });
});

describe('rankedWithNames', () => {
  it('should ask the name check of the rank-sorted rows, above a fence the planner does not push it under, then page', () => {
    const sql = rankedWithNames('SELECT x.title AS c0, x.seq, 1 AS rank FROM events x', ['c0'], '$4', '$2', '$3');
    const sorted = sql.indexOf('ORDER BY rank DESC, seq DESC OFFSET 0) h');
    const check = sql.indexOf(') h WHERE');
    assert.ok(sorted > 0 && check > sorted, sql);
    assert.ok(sql.includes('h.c0') && sql.endsWith('LIMIT $2 OFFSET $3'), sql);
  });
});
