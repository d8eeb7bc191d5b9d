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

  it('with work put off after its changes, should leave a due group for its owner and commit on its timer only once the work is written', async () => {
    const { writes, committed, calls } = fakeStore();
    let held = true;
    // `due` reads the test's clock; the timer is a real one of 5 ms.
    let now = 0;
    const group = new CommitGroup(writes, 5, () => now, {
      settle: async () => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        if (held) group.add(99);
        held = false;
      },
      settled: () => !held,
      awaitsLater: () => false,
    });
    group.add(1);
    await new Promise((resolve) => setTimeout(resolve, 8));
    now = 5;
    // Due, but a change does not commit it: the owner writes the put-off work first.
    group.add(2);
    assert.equal(group.due, true);
    assert.deepEqual(committed, []);
    await new Promise((resolve) => setTimeout(resolve, 60));
    assert.deepEqual(committed, [1, 2, 99]);
    assert.deepEqual(calls, ['begin', 'write 1', 'write 2', 'write 99', 'commit']);
  });

  /** Negative numbers stand for changes that wait for a later one (an article whose event's build is put off). */
  const chained = { settle: async () => undefined, settled: () => true, awaitsLater: (n: number) => n < 0 };

  it('with work put off, should keep a group open after a failed change, and take back its open chain on demand', () => {
    const { writes, committed, calls } = fakeStore({ failWrite: (n) => n === 3 });
    const group = new CommitGroup(writes, 60_000, undefined, chained);
    group.add(1);
    group.add(-2);
    assert.throws(() => group.add(3), /cannot write 3/);
    assert.equal(group.open, true);
    assert.deepEqual(committed, []);
    assert.equal(group.withdrawOpenChain(), 1);
    // Nothing open is left to take back.
    assert.equal(group.withdrawOpenChain(), 0);
    group.flush();
    assert.deepEqual(committed, [1]);
    assert.deepEqual(calls.slice(3), ['write 3', 'rollback', 'forget', 'begin', 'write 1', 'write -2', 'rollback', 'forget', 'begin', 'write 1', 'commit']);
  });

  it('should take back every change of the open chain, and none of the chains before it', () => {
    const { writes, committed } = fakeStore();
    const group = new CommitGroup(writes, 60_000, undefined, chained);
    for (const n of [-1, 2, 3, -4, -5]) group.add(n);
    assert.equal(group.withdrawOpenChain(), 2);
    group.flush();
    assert.deepEqual(committed, [-1, 2, 3]);
  });

  it('should write a chain in one transaction when the group fails to commit', () => {
    let commits = 0;
    const { writes, committed, calls } = fakeStore({ failCommit: () => ++commits === 1 });
    const group = new CommitGroup(writes, 60_000, undefined, chained);
    for (const n of [-1, -2, 3, 4, -5, 6]) group.add(n);
    group.flush();
    assert.deepEqual(committed, [-1, -2, 3, 4, -5, 6]);
    // Each article waiting for its event's record is written with the change that writes it.
    assert.deepEqual(calls.slice(8), ['rollback', 'forget', 'begin', 'write -1', 'write -2', 'write 3', 'commit', 'begin', 'write 4', 'commit', 'begin', 'write -5', 'write 6', 'commit']);
  });

  it('should leave out a chain whole when it fails again after the group failed to commit', () => {
    let commits = 0;
    let fallback = false;
    const { writes, committed } = fakeStore({ failCommit: () => ++commits === 1 && (fallback = true), failWrite: (n) => fallback && n === 4 });
    const group = new CommitGroup(writes, 60_000, undefined, chained);
    for (const n of [1, -2, -3, 4]) group.add(n);
    assert.throws(() => group.flush(), /cannot write 4/);
    // Not -2 or -3 alone: they land with 4, their event's record, or not at all.
    assert.deepEqual(committed, [1]);
  });

  it('should refuse a window that is not positive', () => {
    assert.throws(() => new CommitGroup(fakeStore().writes, 0), RangeError);
  });
});
