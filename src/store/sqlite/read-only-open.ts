/**
 * A store this process may read but not write: a file on a read-only file system (a mounted archive, a
 * read-only volume) or one the user has no permission to write (another user's store). Commands that
 * only read should still work on it; commands that write should say why they cannot.
 */
import { accessSync, constants, existsSync, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

/**
 * The largest file read into memory when SQLite cannot read it in place: a WAL-mode database needs its
 * shared-memory file (`-shm`) beside it, which a read-only folder cannot hold.
 */
export const IN_MEMORY_LIMIT_BYTES = 1024 * 1048576;

/** Why this process cannot write the database at `path` (its file or its folder), or null when it can. */
export function writeProblem(path: string): string | null {
  for (const target of [path, dirname(path)]) {
    if (!existsSync(target)) continue;
    try {
      accessSync(target, constants.W_OK);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EROFS') return 'it is on a read-only file system';
      return target === path ? 'this user has no permission to write the file' : `this user has no permission to write its folder ${target}`;
    }
  }
  return null;
}

/**
 * A read-only connection to a database that cannot be written. In place where SQLite can (no WAL, or
 * its `-shm` file exists, as it does while a writer has the store open); else a copy in memory, which
 * only a database whose committed pages are all in the main file can be (an unchecked `-wal` would be
 * left out, so that is refused rather than read stale).
 */
export function openForReading(path: string, why: string): Database.Database {
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      db.prepare('SELECT count(*) FROM sqlite_master').get();
      return db;
    } catch {
      db.close();
    }
  } catch {
    // read below
  }
  const wal = `${path}-wal`;
  if (existsSync(wal) && statSync(wal).size > 0) {
    throw new Error(`${why}, and its write-ahead log ${wal} holds changes SQLite can only read from a writable folder (copy the database and its -wal file to one)`);
  }
  const size = statSync(path).size;
  if (size > IN_MEMORY_LIMIT_BYTES) {
    throw new Error(`${why}, and at ${(size / 1048576).toFixed(0)} MB it is too large to read into memory (copy it to a writable folder)`);
  }
  const bytes = readFileSync(path);
  // Bytes 18 and 19 of the header mark WAL mode, which a database in memory cannot use: the copy is
  // marked as a rollback-journal database (the pages are the same).
  if (bytes.length > 19 && bytes[18] === 2 && bytes[19] === 2) bytes[18] = bytes[19] = 1;
  return new Database(bytes, { readonly: true });
}
