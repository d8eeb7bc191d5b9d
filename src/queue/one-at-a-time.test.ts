import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { OneAtATime } from './one-at-a-time.js';

describe('OneAtATime', () => {
  it('should let one piece of work in at a time, in the order they came, even when one fails', async () => {
    const gate = new OneAtATime();
    const log: string[] = [];
    let inside = 0;
    const work = (name: string, fail = false) => async () => {
      inside++;
      assert.equal(inside, 1, 'two pieces of work ran at once');
      log.push(`${name} in`);
      await new Promise((resolve) => setTimeout(resolve, 5));
      log.push(`${name} out`);
      inside--;
      if (fail) throw new Error(name);
      return name;
    };
    const results = await Promise.allSettled([gate.run(work('a')), gate.run(work('b', true)), gate.run(work('c'))]);
    assert.deepEqual(log, ['a in', 'a out', 'b in', 'b out', 'c in', 'c out']);
    assert.equal(results[1]!.status, 'rejected');
    assert.deepEqual(results[2], { status: 'fulfilled', value: 'c' });
  });
});
