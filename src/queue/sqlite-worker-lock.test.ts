import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { lockSqliteForWorker } from './sqlite-worker-lock.js';

describe('the one-worker lock of a SQLite store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-lock-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

  it('should refuse a second worker on the same file while the first holds it, and let one in after', () => {
    const db = join(dir, 'news.db');
    const first = lockSqliteForWorker(db);
    assert.throws(() => lockSqliteForWorker(db), /already writing to .*news\.db: a SQLite store takes one worker/);
    first.release();
    assert.equal(existsSync(`${db}.worker-lock`), false);
    lockSqliteForWorker(db).release();
  });

  it('should take over a lock left by a process that no longer runs', () => {
    const db = join(dir, 'stale.db');
    // Process ids wrap far below this one on Linux (pid_max is at most 2^22).
    writeFileSync(`${db}.worker-lock`, '99999999\n');
    const lock = lockSqliteForWorker(db);
    lock.release();
  });
});
