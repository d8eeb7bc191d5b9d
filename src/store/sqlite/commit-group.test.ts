import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CommitGroup, type GroupWrites } from './commit-group.js';

/** A store of numbers: what is committed, what the open transaction holds, and every call in order. */
function fakeStore(options: { failWrite?: (n: number) => boolean; failCommit?: () => boolean } = {}) {
  const committed: number[] = [];
  let open: number[] | null = null;
  const calls: string[] = [];
  const writes: GroupWrites<number> = {
    begin: () => {
      calls.push('begin');
      open = [];
    },
    commit: () => {
      calls.push('commit');
      if (options.failCommit?.()) throw new Error('disk full');
      committed.push(...open!);
      open = null;
    },
    rollback: () => {
      calls.push('rollback');
      open = null;
    },
    inTransaction: () => open !== null,
    write: (n) => {
      calls.push(`write ${n}`);
      if (options.failWrite?.(n)) throw new Error(`cannot write ${n}`);
      open!.push(n);
    },
    forget: () => calls.push('forget'),
  };
  return { writes, committed, calls };
}

describe('CommitGroup', () => {
  it('should write changes in one transaction until flushed', () => {
    const { writes, committed, calls } = fakeStore();
    const group = new CommitGroup(writes, 60_000);
    group.add(1);
    group.add(2);
    assert.deepEqual(committed, []);
    assert.equal(group.open, true);
    group.flush();
    assert.deepEqual(committed, [1, 2]);
    assert.deepEqual(calls, ['begin', 'write 1', 'write 2', 'commit']);
    assert.equal(group.open, false);
  });

  it('should keep the earlier changes of a group when one fails, and throw its error', () => {
    const { writes, committed, calls } = fakeStore({ failWrite: (n) => n === 3 && calls.filter((c) => c === 'write 3').length === 1 });
    const group = new CommitGroup(writes, 60_000);
    group.add(1);
    group.add(2);
    assert.throws(() => group.add(3), /cannot write 3/);
    assert.deepEqual(committed, [1, 2]);
    assert.deepEqual(calls.slice(3), ['write 3', 'rollback', 'forget', 'begin', 'write 1', 'write 2', 'commit']);
    // The next change starts a group of its own.
    group.add(4);
    group.flush();
    assert.deepEqual(committed, [1, 2, 4]);
  });

  it('should write each change alone when the group cannot be committed', () => {
    let commits = 0;
    const { writes, committed } = fakeStore({ failCommit: () => ++commits === 1 });
    const group = new CommitGroup(writes, 60_000);
    group.add(1);
    group.add(2);
    group.flush();
    assert.deepEqual(committed, [1, 2]);
    assert.equal(commits, 3);
  });

  it('should commit a group once it is older than its window, at the next change', async () => {
    const { writes, committed } = fakeStore();
    // The group's clock is the test's: a loaded machine pausing inside add() must not commit early.
    let now = 0;
    const group = new CommitGroup(writes, 60_000, () => now);
    group.add(1);
    now = 59_999;
    group.add(2);
    assert.deepEqual(committed, []);
    now = 60_000;
    group.add(3);
    assert.deepEqual(committed, [1, 2, 3]);
    group.flush();
  });

  it('should commit a group no change follows, by its timer', async () => {
    const { writes, committed } = fakeStore();
    const group = new CommitGroup(writes, 5, () => 0);
    group.add(1);
    assert.deepEqual(committed, []);
    await new Promise((resolve) => setTimeout(resolve, 30));
    assert.deepEqual(committed, [1]);
    assert.equal(group.open, false);
  });

  it('should throw at the next call what a commit by its timer failed with', async () => {
    const { writes, committed } = fakeStore({ failCommit: () => true });
    const group = new CommitGroup(writes, 5, () => 0);
    group.add(1);
    await new Promise((resolve) => setTimeout(resolve, 30));
    assert.deepEqual(committed, []);
    assert.throws(() => group.flush(), /disk full/);
    // Thrown once: the group goes on.
    group.flush();
  });

  it('should refuse a window that is not positive', () => {
    assert.throws(() => new CommitGroup(fakeStore().writes, 0), RangeError);
  });
});
