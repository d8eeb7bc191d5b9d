import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ThreadPool } from './thread-pool.js';

const ECHO = new URL('./thread-pool.echo-worker.js', import.meta.url);

describe('ThreadPool', () => {
  it('should answer every request, whichever thread takes it', async () => {
    const pool = new ThreadPool<number, number>(ECHO, 3, null, () => Number.NaN);
    try {
      const inputs = Array.from({ length: 50 }, (_, i) => i);
      assert.deepEqual(await Promise.all(inputs.map((n) => pool.run(n))), inputs.map((n) => n * 2));
    } finally {
      await pool.close();
    }
  });

  it('should fail only what a dying thread held, say why, and go on with a new thread', async () => {
    const reasons: string[] = [];
    const pool = new ThreadPool<number, number>(ECHO, 1, null, (_request, why) => {
      reasons.push(why);
      return -100;
    });
    try {
      assert.equal(await pool.run(-1), -100);
      assert.match(reasons[0]!, /stopped/);
      assert.equal(await pool.run(21), 42);
    } finally {
      await pool.close();
    }
  });

  it('should answer a request made after closing without a thread', async () => {
    const pool = new ThreadPool<number, number>(ECHO, 1, null, (_request, why) => (why === 'the pool is closed' ? 0 : 1));
    await pool.close();
    assert.equal(await pool.run(5), 0);
  });

  it('should refuse a pool of no threads', () => {
    assert.throws(() => new ThreadPool<number, number>(ECHO, 0, null, () => 0), /at least one thread/);
  });
});
