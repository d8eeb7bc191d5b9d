/**
 * The store's writes of a replay, kept as JSON lines and written again alone (ingest-replay.ts
 * --keep-commits / --commits): the store's own cost without the stages around it.
 *
 * A commit whose event build is put off (Commit.deferred) carries a function, which JSON drops, so a
 * kept stream of plain commits could not be written again once builds were put off (the fifty-third
 * session). Here such a commit is kept with its number, and when the store runs its build (before the
 * next commit of another event, a read that needs the record, or the group's end) the record it made
 * is kept as a line of its own, where it ran. Written again, the build gives the kept record, and is
 * run at the same place: before the next commit of another event, or at its line. A build the store
 * dropped (the next commit rebuilt the same event) has no line and is dropped again.
 *
 * The original groups closed by the wall clock; written again they close every `groupSize` commits,
 * at the first commit after that which holds no build, so no build is run that was not run before.
 */
import { readFileSync, writeSync } from 'node:fs';
import type { Commit, EventRewrite } from '../src/store/store.js';

/** A kept commit (its put-off build as the event's id and the commit's number) or the record a put-off build made. */
type KeptLine = (Omit<Commit, 'deferred'> & { deferred?: { eventId: string; n: number } }) | { built: number; rewrite: EventRewrite };

/** The store calls the replay drives: those of SqliteStore, of whichever build. */
export interface ReplayStore {
  commit(change: Commit): Promise<void>;
  groupCommits(windowMs: number): number;
  flush(): Promise<void>;
  changeMark(): Promise<string>;
}

/** Wraps each commit before the store sees it: kept as a line, its put-off build keeping its record when run. */
export function keeper(fd: number): (change: Commit) => Commit {
  let count = 0;
  return (change) => {
    const n = count++;
    const deferred = change.deferred;
    writeSync(fd, `${JSON.stringify(deferred ? { ...change, deferred: { eventId: deferred.eventId, n } } : change)}\n`);
    if (!deferred) return change;
    const build = async (): Promise<EventRewrite> => {
      const rewrite = await deferred.build();
      writeSync(fd, `${JSON.stringify({ built: n, rewrite })}\n`);
      return rewrite;
    };
    return { ...change, deferred: { eventId: deferred.eventId, build } };
  };
}

/** One step of a replay: a commit, or the place a put-off build ran. */
export type ReplayStep = { commit: Commit; n: number; holds: boolean } | { settle: number };

/** A kept file read back as steps, the put-off builds giving their kept records. */
export function readKept(file: string): ReplayStep[] {
  const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as KeptLine);
  const built = new Map<number, EventRewrite>();
  for (const line of lines) if ('built' in line) built.set(line.built, line.rewrite);
  return lines.map((line): ReplayStep => {
    if ('built' in line) return { settle: line.built };
    const { deferred, ...rest } = line;
    if (!deferred) return { commit: rest as Commit, n: -1, holds: false };
    const build = async (): Promise<EventRewrite> => {
      const rewrite = built.get(deferred.n);
      if (!rewrite) throw new Error(`the replay ran the build of commit ${deferred.n}, which the kept run dropped`);
      return rewrite;
    };
    return { commit: { ...(rest as Commit), deferred: { eventId: deferred.eventId, build } }, n: deferred.n, holds: true };
  });
}

/** A window no group reaches: groups are closed by count (see the header). */
const NEVER_MS = 2 ** 30;

/** A store's replay driven a step at a time (so that two stores can be driven in turn). */
export interface Replayer {
  start(): Promise<void>;
  step(step: ReplayStep): Promise<void>;
  finish(): Promise<void>;
}

/** Drives a store through kept steps, closing a group every `groupSize` commits that hold no build. */
export function replayer(store: ReplayStore, groupSize: number): Replayer {
  let open = 0;
  // The commit whose build the store holds: a build's line can come after the next commit's (which
  // ran it, the kept line of a commit being written before the store takes it).
  let held: number | null = null;
  return {
    start: async () => void store.groupCommits(NEVER_MS),
    step: async (step) => {
      if ('settle' in step) {
        if (held === step.settle) await store.changeMark();
        held = null;
        return;
      }
      await store.commit(step.commit);
      held = step.holds ? step.n : null;
      open++;
      if (open >= groupSize && !step.holds) {
        await store.flush();
        open = 0;
      }
    },
    finish: async () => {
      await store.flush();
      store.groupCommits(0);
    },
  };
}

/** Writes the steps into a store (see replayer). */
export async function writeSteps(store: ReplayStore, steps: readonly ReplayStep[], groupSize: number): Promise<void> {
  const run = replayer(store, groupSize);
  await run.start();
  for (const step of steps) await run.step(step);
  await run.finish();
}
