import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Lru } from './lru.js';

describe('Lru', () => {
  it('should keep what was used lately and drop what was not, holding at most its capacity', () => {
    const lru = new Lru<string, number>(4);
    lru.set('a', 1);
    lru.set('b', 2);
    assert.equal(lru.get('a'), 1); // used: a outlives b
    for (const [k, v] of [['c', 3], ['d', 4], ['e', 5]] as const) lru.set(k, v);
    assert.equal(lru.get('b'), undefined);
    assert.equal(lru.get('a'), undefined, 'a too, once unused for a whole generation');
    assert.deepEqual([lru.get('d'), lru.get('e')], [4, 5]);
    for (let i = 0; i < 50; i++) {
      lru.set(`k${i}`, i);
      assert.ok(lru.size <= 4);
    }
  });

  it('should give the latest value set, and not count a peek as a use', () => {
    const lru = new Lru<string, number>(4);
    lru.set('a', 1);
    lru.set('b', 2); // a and b age together
    lru.set('a', 10);
    assert.equal(lru.get('a'), 10);
    assert.equal(lru.peek('b'), 2);
    lru.set('c', 3);
    lru.set('d', 4);
    assert.equal(lru.peek('b'), undefined);
  });

  it('should keep 0 as a value, nothing at capacity 0, and refuse a negative capacity', () => {
    const lru = new Lru<string, number>(3);
    lru.set('zero', 0);
    assert.equal(lru.get('zero'), 0);
    lru.delete('zero');
    assert.equal(lru.get('zero'), undefined);
    const none = new Lru<string, number>(0);
    none.set('a', 1);
    assert.equal(none.get('a'), undefined);
    assert.throws(() => new Lru(-1), RangeError);
  });
});
