/**
 * What became of each file of a batch: the articles it gave (new or already stored) and the problems
 * that kept the rest of it out. An upload of several files is answered with one of these a file, so
 * the client sees which file went in and which was refused, and why, without matching names in
 * `errors` (two uploads may share a name).
 */
import type { BatchProblem } from './batch.js';

/**
 * `stored`: every document of the file went in, at least one of them new; `already-stored`: all of
 * them were stored before; `partly-stored`: some went in and some were refused (JSON Lines);
 * `refused`: nothing went in.
 */
export type FileStatus = 'stored' | 'already-stored' | 'partly-stored' | 'refused';

export interface FileOutcome {
  /** The name the client gave the file (or the path given to `ingest`). */
  name: string;
  status: FileStatus;
  /** Articles stored from it now. */
  stored: number;
  /** Its documents found already stored. */
  duplicates: number;
  /** The ids of its articles, new or already stored, in the file's order. */
  articleIds: string[];
  /** Why the file, or a record of it, was refused. */
  errors: BatchProblem[];
}

type Tally = Omit<FileOutcome, 'status'>;

/** Collects outcomes by file key (a path, unique where names may not be), in the order files are opened. */
export class FileOutcomes {
  private readonly tallies = new Map<string, Tally>();

  /** Registers a file before it is read, so that one refused before reading still has its place. */
  open(key: string, name: string): void {
    if (!this.tallies.has(key)) this.tallies.set(key, { name, stored: 0, duplicates: 0, articleIds: [], errors: [] });
  }

  article(key: string, id: string, duplicate: boolean): void {
    const tally = this.tallies.get(key);
    if (!tally) return;
    tally.articleIds.push(id);
    if (duplicate) tally.duplicates++;
    else tally.stored++;
  }

  problem(key: string, problem: BatchProblem): void {
    this.tallies.get(key)?.errors.push(problem);
  }

  list(): FileOutcome[] {
    return [...this.tallies.values()].map((t) => ({ name: t.name, status: statusOf(t), stored: t.stored, duplicates: t.duplicates, articleIds: t.articleIds, errors: t.errors }));
  }
}

export function statusOf(tally: Pick<Tally, 'stored' | 'duplicates' | 'errors'>): FileStatus {
  const went = tally.stored + tally.duplicates;
  if (went === 0) return 'refused';
  if (tally.errors.length > 0) return 'partly-stored';
  return tally.stored > 0 ? 'stored' : 'already-stored';
}
