/** A thread for thread-pool.test.ts: doubles numbers, and stops its thread when sent -1. */
import { serveThread } from './thread-pool.js';

serveThread<number, number>((n) => {
  if (n === -1) process.exit(3);
  return n * 2;
});
