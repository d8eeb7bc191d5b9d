/**
 * One worker per SQLite file. On SQLite, Store.exclusive is a plain call: two worker processes would
 * each cluster against a store the other is changing (two events for one story). A worker writing to a
 * SQLite file holds `<file>.worker-lock`, made with O_EXCL and naming its process; a second worker is
 * refused while that process lives. A lock left by a process that died is taken over. A SQLite file is
 * on one machine's disk, so the process id is enough. Several workers need a PostgreSQL store.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';

export interface WorkerLock {
  release(): void;
}

export function lockSqliteForWorker(database: string): WorkerLock {
  const path = `${database}.worker-lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, `${process.pid}\n`, { flag: 'wx' });
      let held = true;
      const release = (): void => {
        if (!held) return;
        held = false;
        process.removeListener('exit', release);
        rmSync(path, { force: true });
      };
      process.once('exit', release);
      return { release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(readFileSync(path, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && alive(pid)) {
        throw new Error(`another worker (process ${pid}) is already writing to ${database}: a SQLite store takes one worker at a time (several would split stories); use a PostgreSQL store for several workers (docs/scale-out.md), or stop that worker`);
      }
      // Its process is gone: the lock is stale.
      rmSync(path, { force: true });
    }
  }
  throw new Error(`cannot take ${path}: another worker took it at the same moment`);
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
