import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ThreadPool } from './thread-pool.js';

const ECHO = new URL('./thread-pool.echo-worker.js', import.meta.url);
const BROKEN = new URL('./thread-pool.broken-worker.js', import.meta.url);

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

  it('should fail only the request a dying thread was answering, and send the ones behind it to the next thread', async () => {
    const pool = new ThreadPool<number, number | string>(ECHO, 1, null, () => 'lost');
    try {
      assert.deepEqual(await Promise.all([1, -1, 2, 3, 4].map((n) => pool.run(n))), [2, 'lost', 4, 6, 8]);
    } finally {
      await pool.close();
    }
  });

  it('should answer a request whose handler throws with the error, and go on', async () => {
    const pool = new ThreadPool<number, number | string>(ECHO, 1, null, (_request, why) => why);
    try {
      assert.deepEqual(await Promise.all([-2, 5].map((n) => pool.run(n))), ['minus two', 10]);
    } finally {
      await pool.close();
    }
  });

  it('should give up a thread that cannot start, failing what was sent to it with the reason', async () => {
    const pool = new ThreadPool<number, string>(BROKEN, 1, null, (_request, why) => why);
    try {
      const answers = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => pool.run(n)));
      assert.ok(answers.every((a) => /cannot load what this thread needs|stopped/.test(a)), answers.join('\n'));
      assert.match(answers[5]!, /5 times in a row: cannot load what this thread needs/);
      assert.equal(await pool.run(7), 'no thread could be started');
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

describe("ThreadPool, 'first-free'", () => {
  const pool = (size: number, lost: (why: string) => number | string = () => 'lost'): ThreadPool<number, number | string> =>
    new ThreadPool<number, number | string>(ECHO, size, null, (_request, why) => lost(why), { dispatch: 'first-free' });

  it('should answer every request once, whichever thread claims it', async () => {
    const p = pool(3);
    try {
      const inputs = Array.from({ length: 200 }, (_, i) => i);
      assert.deepEqual(await Promise.all(inputs.map((n) => p.run(n))), inputs.map((n) => n * 2));
    } finally {
      await p.close();
    }
  });

  it('should hold no request up behind a slow one while another thread is free', async () => {
    const p = pool(2);
    try {
      // Both threads up first (each takes one of two requests that overlap).
      await Promise.all([1150, 1150].map((n) => p.run(n)));
      const order: (number | string)[] = [];
      const all = [1600, 1, 2, 3, 4, 5, 6].map((n) => p.run(n).then((r) => void order.push(r)));
      await Promise.all(all);
      assert.equal(order[order.length - 1], 3200, `answered in the order ${order.join(', ')}`);
    } finally {
      await p.close();
    }
  });

  it('should keep taking requests while one runs long, however many pass it', async () => {
    const p = pool(2);
    try {
      const slow = p.run(3500);
      // 20,000 pass it (more than the claims have cells), never more than 1,000 waiting at once.
      const wrong: (number | string)[] = [];
      for (let batch = 0; batch < 20; batch++) {
        const answers = await Promise.all(Array.from({ length: 1000 }, (_, i) => p.run(i)));
        wrong.push(...answers.filter((r, i) => r !== i * 2));
      }
      assert.deepEqual(wrong, []);
      assert.equal(await slow, 7000);
    } finally {
      await p.close();
    }
  });

  it('should refuse a pool too large for its claims', () => {
    assert.throws(() => new ThreadPool<number, number>(ECHO, 256, null, () => 0, { dispatch: 'first-free' }), /at most 255 threads/);
  });

  it('should fail only the request a dying thread had claimed, and answer the rest', async () => {
    for (const size of [1, 2]) {
      const p = pool(size);
      try {
        assert.deepEqual(await Promise.all([1, -1, 2, 3, 4].map((n) => p.run(n))), [2, 'lost', 4, 6, 8]);
        assert.equal(await p.run(21), 42);
      } finally {
        await p.close();
      }
    }
  });

  it('should fail what waits, with the reason, once every thread is given up', async () => {
    const p = new ThreadPool<number, string>(BROKEN, 2, null, (_request, why) => why, { dispatch: 'first-free' });
    try {
      const answers = await Promise.all([1, 2, 3].map((n) => p.run(n)));
      assert.ok(answers.every((a) => /5 times in a row: cannot load what this thread needs/.test(a)), answers.join('\n'));
      assert.equal(await p.run(7), 'no thread could be started');
    } finally {
      await p.close();
    }
  });
});
