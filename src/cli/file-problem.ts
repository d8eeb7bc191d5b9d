/**
 * A file the user named that cannot be used, said in words: Node's error codes (ENOENT, EISDIR) mean
 * nothing to most analysts, and a folder given as --db or --out is an easy slip.
 */
import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Why writing `path` failed, from the error the write threw. */
export function writeProblem(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return `cannot write ${path}: there is no folder ${dirname(path)}`;
  if (code === 'EISDIR') return `cannot write ${path}: it is a folder (name a file in it)`;
  if (code === 'EACCES' || code === 'EPERM') return `cannot write ${path}: permission denied`;
  if (code === 'ENOSPC') return `cannot write ${path}: the disk is full`;
  if (code === 'EROFS') return `cannot write ${path}: the file system is read-only`;
  return `cannot write ${path}: ${error instanceof Error ? error.message : String(error)}`;
}

/** A folder where a file is wanted ("--db data/"), said before anything is read or written; null when it is not one. */
export function folderNotFile(path: string, option: string, example = 'triangulate.db'): string | null {
  let folder = false;
  try {
    folder = statSync(path).isDirectory();
  } catch {
    return null;
  }
  return folder ? `${option} ${path} is a folder; name a file (such as ${join(path, example)})` : null;
}
