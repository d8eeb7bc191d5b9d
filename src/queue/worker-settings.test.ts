import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultWorkerThreads, WORKER_LOCK_MS } from './worker-settings.js';

describe('worker settings', () => {
  it('should prepare on one thread of its own at concurrency 1, so the main thread can renew the job lock', () => {
    assert.equal(defaultWorkerThreads(1, 0), 1);
    assert.equal(defaultWorkerThreads(1, 8), 1);
  });

  it('should prepare on one thread per job in hand, capped by the spare cores but never below one', () => {
    assert.equal(defaultWorkerThreads(4, 2), 2);
    assert.equal(defaultWorkerThreads(3, 8), 3);
    assert.equal(defaultWorkerThreads(4, 0), 1);
  });

  it('should hold a job lock for minutes, not the 30 seconds BullMQ keeps by default', () => {
    assert.ok(WORKER_LOCK_MS >= 120_000);
  });
});
