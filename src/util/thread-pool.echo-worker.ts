/** A thread for thread-pool.test.ts: doubles numbers; -1 stops the thread, -2 throws. */
import { serveThread } from './thread-pool.js';

serveThread<number, number>((n) => {
  if (n === -1) process.exit(3);
  if (n === -2) throw new Error('minus two');
  return n * 2;
});
