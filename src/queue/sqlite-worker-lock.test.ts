import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { lockSqliteForWorker, startTime } from './sqlite-worker-lock.js';

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

  it("should take over a lock file naming this process's own id, left by an earlier process that had the same id", () => {
    const db = join(dir, 'own.db');
    writeFileSync(`${db}.worker-lock`, `${process.pid}\n`);
    lockSqliteForWorker(db).release();
  });

  it('should take over a lock whose live process started at another time than the recorded one (a reused id), and refuse one that matches', { skip: startTime(process.ppid) === null ? 'no /proc on this system' : false }, () => {
    const db = join(dir, 'reused.db');
    const parentStart = startTime(process.ppid)!;
    writeFileSync(`${db}.worker-lock`, `${process.ppid} ${Number(parentStart) + 12345}\n`);
    lockSqliteForWorker(db).release();
    writeFileSync(`${db}.worker-lock`, `${process.ppid} ${parentStart}\n`);
    assert.throws(() => lockSqliteForWorker(db), /already writing to .*reused\.db/);
    rmSync(`${db}.worker-lock`);
  });
});
