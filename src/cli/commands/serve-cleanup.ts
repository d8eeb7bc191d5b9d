/**
 * What `serve` made for a SQLite file that was not there, and its removal when serve could not listen
 * ("serve --port 8080 --db new.db" with the port taken): an empty database and its folders are not left
 * behind, while anything a user or another process put there is.
 */
import { existsSync, lstatSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { missingFolders, removeEmptyFolders } from '../context.js';

export interface MadeDatabase {
  path: string;
  /** Folders made for it, outermost first (missingFolders). */
  folders: string[];
}

/**
 * The file and folders opening `path` will make, or null when there is an entry at `path` already. With
 * lstat: a symlink counts as there even when its target is missing (SQLite then makes the target
 * through it, which is left; removing `path` would remove the user's link, not what was made).
 */
export function toBeMade(path: string): MadeDatabase | null {
  if (lstatSync(path, { throwIfNoEntry: false }) !== undefined) return null;
  return { path, folders: missingFolders(path) };
}

/**
 * Removes the made file, its side files and its empty folders, after the store is closed, unless it is
 * in use or no longer empty: a log still there is another process's open connection, and articles in
 * it are another process's ("triangulate ingest --db same.db" run meanwhile), whose work is kept.
 * Returns whether it removed the file.
 */
export function removeIfUnused(made: MadeDatabase): boolean {
  if (existsSync(`${made.path}-wal`) || !holdsNoArticles(made.path)) return false;
  for (const file of [made.path, `${made.path}-wal`, `${made.path}-shm`]) rmSync(file, { force: true });
  removeEmptyFolders(made.folders);
  return true;
}

/** Whether the file is a store with no article; false when it cannot be read as one (kept, to be safe). */
function holdsNoArticles(path: string): boolean {
  if (!existsSync(path)) return true;
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      const row = db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number } | undefined;
      return row?.n === 0;
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}
