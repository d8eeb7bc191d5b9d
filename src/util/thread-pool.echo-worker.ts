/** A thread for thread-pool.test.ts: doubles numbers; -1 stops the thread, -2 throws, 1000 + n first takes n ms. */
import { serveThread } from './thread-pool.js';

serveThread<number, number>((n) => {
  if (n === -1) process.exit(3);
  if (n === -2) throw new Error('minus two');
  if (n >= 1000) {
    const until = Date.now() + (n - 1000);
    while (Date.now() < until);
  }
  return n * 2;
});
