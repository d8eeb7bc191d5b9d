import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { namePatterns } from './name-condition.js';

describe('namePatterns', () => {
  it('should give no patterns for a search with no name words', () => {
    assert.equal(namePatterns([]), null);
  });

  it('should bar the endings of common words after a name that has some, and only then', () => {
    const [carrie, thies] = namePatterns(['carrie', 'thies'])!;
    assert.ok(carrie!.startsWith('(^|[^[:alnum:]])carrie(?!(?:'), carrie);
    assert.ok(carrie!.includes('|d|') || carrie!.includes('(?:d|'), carrie);
    assert.equal(thies, '(^|[^[:alnum:]])thies');
  });
});
