/**
 * A process's lock counts written where a bench can read them: the bench runs real CLI ingests, whose
 * counts are otherwise gone when they exit. Set TRIANGULATE_LOCK_COUNTS to a file and each PostgreSQL
 * store appends one JSON line of its counts there when it closes (bench/pg-writers.ts).
 */
import { appendFileSync } from 'node:fs';
import { type LockCounts, noLockCounts } from './write-lock.js';

export function appendLockCounts(file: string | undefined, counts: LockCounts): void {
  if (!file) return;
  // A bench's aid: a file that cannot be written must not fail the command that closes its store.
  try {
    // The process's CPU so far beside them: whether several writers spend more CPU in all than one, or only wait.
    const cpu = process.cpuUsage();
    appendFileSync(file, `${JSON.stringify({ pid: process.pid, ...counts, waitedMs: Math.round(counts.waitedMs), cpuMs: Math.round((cpu.user + cpu.system) / 1000) })}\n`);
  } catch {
    // nothing to do
  }
}

/** The counts of several lines (processes) summed. */
export function sumLockCounts(lines: readonly string[]): LockCounts & { processes: number; cpuMs: number } {
  const sum: Record<string, number> = { processes: 0 };
  for (const line of lines) {
    if (!line.trim()) continue;
    sum.processes!++;
    for (const [k, v] of Object.entries(JSON.parse(line) as Record<string, unknown>)) if (k !== 'pid' && typeof v === 'number') sum[k] = (sum[k] ?? 0) + v;
  }
  return { ...noLockCounts(), cpuMs: 0, ...sum } as LockCounts & { processes: number; cpuMs: number };
}
