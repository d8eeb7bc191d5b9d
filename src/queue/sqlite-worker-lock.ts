/**
 * One worker per SQLite file. On SQLite, Store.exclusive is a plain call: two worker processes would
 * each cluster against a store the other is changing (two events for one story). A worker writing to a
 * SQLite file holds `<file>.worker-lock`, made with O_EXCL and naming its process (its id and, where
 * /proc tells it, its start time); a second worker is refused while that process lives. A lock left by
 * a process that died is taken over. A SQLite file is on one machine's disk, so the process is enough.
 * Several workers need a PostgreSQL store.
 *
 * Process ids are reused: in a container a worker has the same low id at every start, so after a kill
 * the lock file named the new worker's own id, and an id may also have gone to an unrelated process
 * (review64d). So a file naming this very process (and not one it holds) is stale, and so is one whose
 * recorded start time is not that of the live process with its id.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';

export interface WorkerLock {
  release(): void;
}

/** Lock files this process holds: another take of one of them from this process is refused, not taken over. */
const heldHere = new Set<string>();

export function lockSqliteForWorker(database: string): WorkerLock {
  const path = `${database}.worker-lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const started = startTime(process.pid);
      writeFileSync(path, `${process.pid}${started === null ? '' : ` ${started}`}\n`, { flag: 'wx' });
      heldHere.add(path);
      let held = true;
      const release = (): void => {
        if (!held) return;
        held = false;
        heldHere.delete(path);
        process.removeListener('exit', release);
        rmSync(path, { force: true });
      };
      process.once('exit', release);
      return { release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const [pidText, startText] = readFileSync(path, 'utf8').trim().split(/\s+/);
      const pid = Number(pidText);
      if (Number.isInteger(pid) && pid > 0 && holder(path, pid, startText)) {
        throw new Error(`another worker (process ${pid}) is already writing to ${database}: a SQLite store takes one worker at a time (several would split stories); use a PostgreSQL store for several workers (docs/scale-out.md), or stop that worker`);
      }
      // Its process is gone (or the id is another process's now): the lock is stale.
      rmSync(path, { force: true });
    }
  }
  throw new Error(`cannot take ${path}: another worker took it at the same moment`);
}

/** Whether the process the lock file names still holds it. */
function holder(path: string, pid: number, recordedStart: string | undefined): boolean {
  if (pid === process.pid) return heldHere.has(path);
  if (!alive(pid)) return false;
  if (recordedStart === undefined) return true;
  const now = startTime(pid);
  // Where /proc cannot tell, a live process with the id is taken as the holder.
  return now === null || now === recordedStart;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A process's start time since boot, in clock ticks (field 22 of /proc/PID/stat); null where there is no /proc. */
export function startTime(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: fields are counted after its last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const value = fields[19];
    return value !== undefined && /^\d+$/.test(value) ? value : null;
  } catch {
    return null;
  }
}
