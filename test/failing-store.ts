/** A store whose writes fail as SQLite's do, for tests of what a batch and the server do then. */
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { Store } from '../src/store/store.js';

/** A store whose `commit` (or `commitWithoutEvent`) throws the error `failure` gives for the n-th write (none: the write goes in). */
export function failingStore(failure: (write: number) => Error | null): { store: Store; writes: () => number } {
  const inner = new SqliteStore(':memory:');
  let writes = 0;
  const store = new Proxy(inner, {
    get(target, key, receiver) {
      if (key === 'commit') {
        return async (...args: Parameters<Store['commit']>) => {
          const error = failure(++writes);
          if (error) throw error;
          return target.commit(...args);
        };
      }
      if (key === 'commitWithoutEvent') {
        return async (...args: Parameters<Store['commitWithoutEvent']>) => {
          const error = failure(++writes);
          if (error) throw error;
          return target.commitWithoutEvent(...args);
        };
      }
      const value: unknown = Reflect.get(target, key, receiver);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { store, writes: () => writes };
}

/** SQLite's error on a full disk, and on a duplicate key (a failure of one write). */
export const diskFull = (): Error => Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
export const constraint = (): Error => Object.assign(new Error('UNIQUE constraint failed'), { code: 'SQLITE_CONSTRAINT_UNIQUE' });
