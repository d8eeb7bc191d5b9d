/** Shared CLI plumbing: which database, opening the store, and a failure that ends with one line. */
import { existsSync, mkdirSync, rmdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { displayUrl, isPostgresUrl, PostgresStore } from '../store/postgres/postgres-store.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import type { Store } from '../store/store.js';
import { folderNotFile } from './file-problem.js';

export interface CommonOptions {
  db?: string;
  json?: boolean;
}

/**
 * --db, else $TRIANGULATE_DB, else triangulate.db in the working directory. A postgres:// or
 * postgresql:// address is a PostgreSQL database, kept as given.
 */
export function databasePath(options: CommonOptions): string {
  const given = options.db || process.env.TRIANGULATE_DB || 'triangulate.db';
  return isPostgresUrl(given) ? given : resolve(given);
}

/** Whether the store is a PostgreSQL database (no file, no folders, no search threads of its own). */
export function isPostgresDatabase(options: CommonOptions): boolean {
  return isPostgresUrl(databasePath(options));
}

/** The database as messages name it: the path, or the PostgreSQL address without its password. */
export function databaseLabel(options: CommonOptions): string {
  const path = databasePath(options);
  return isPostgresUrl(path) ? displayUrl(path) : path;
}

/** `readOnly` commands refuse a database that does not exist instead of creating an empty one. */
export function openStore(options: CommonOptions, readOnly = false): Store {
  const path = databasePath(options);
  // The server holds the database: a writing command makes the store's tables in it on opening if it
  // has none yet; a reading one refuses it instead, as it refuses a missing SQLite file.
  if (isPostgresUrl(path)) return new PostgresStore(path, { mustExist: readOnly });
  // SQLite says only "unable to open database file" of a folder.
  const folder = folderNotFile(path, '--db');
  if (folder) throw new CliError(folder);
  // "--db data/news.db" in a fresh checkout: the folder is made, as the file is; a reading command
  // still refuses a database that is not there (SqliteStore's mustExist).
  if (!readOnly) mkdirSync(dirname(path), { recursive: true });
  return new SqliteStore(path, { mustExist: readOnly });
}

/** The folders a database at `path` would need made, outermost first: [] when its folder is there. */
export function missingFolders(path: string): string[] {
  const missing: string[] = [];
  for (let folder = dirname(path); !existsSync(folder) && dirname(folder) !== folder; folder = dirname(folder)) missing.unshift(folder);
  return missing;
}

/** Removes the folders `missingFolders` named, innermost first, each only if it is empty. */
export function removeEmptyFolders(folders: readonly string[]): void {
  for (const folder of [...folders].reverse()) {
    try {
      rmdirSync(folder);
    } catch {
      // Not empty (another process put something there) or already gone: left as it is.
      return;
    }
  }
}

/** An expected failure: printed as one line, exit code 1. */
export class CliError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 1) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

/**
 * As openStore, and a PostgreSQL store's opening waited for: a database that cannot be reached, or
 * holds no store for a reading command, fails here, before the command prints or listens.
 */
export async function openStoreReady(options: CommonOptions, readOnly = false): Promise<Store> {
  const store = openStore(options, readOnly);
  if (store instanceof PostgresStore) {
    try {
      await store.opened();
    } catch (error) {
      await store.close();
      throw new CliError((error as Error).message);
    }
  }
  return store;
}

export async function withStore<T>(options: CommonOptions, fn: (store: Store) => Promise<T>, readOnly = true): Promise<T> {
  const store = await openStoreReady(options, readOnly);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
